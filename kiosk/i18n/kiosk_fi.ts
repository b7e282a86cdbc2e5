<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>AccessibilityButton</name>
    <message>
        <source>Display options: high contrast and large text</source>
        <translation>Näyttöasetukset: suuri kontrasti ja suuri teksti</translation>
    </message>
</context>
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>All text twice as large</source>
        <translation>Kaikki teksti kaksi kertaa isompana</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Suuri kontrasti</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Suuri teksti</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Kovemmalle</translation>
    </message>
    <message>
        <source>Make the screen easier to read</source>
        <translation>Helpota lukemista</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Hiljemmalle</translation>
    </message>
    <message>
        <source>Reads the screen aloud (key F9)</source>
        <translation>Lukee näytön ääneen (näppäin F9)</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Puhe</translation>
    </message>
    <message>
        <source>Volume {step}/{steps}</source>
        <translation>Voimakkuus {step}/{steps}</translation>
    </message>
    <message>
        <source>White and yellow on black</source>
        <translation>Valkoista ja keltaista mustalla pohjalla</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>A grid that lights where the screen is touched.</source>
        <translation>Ruudukko, joka syttyy siitä kohdasta, johon näyttöä kosketetaan.</translation>
    </message>
    <message>
        <source>Applies saved settings. The screen is back in about ten seconds.</source>
        <translation>Ottaa tallennetut asetukset käyttöön. Näyttö palaa noin kymmenessä sekunnissa.</translation>
    </message>
    <message>
        <source>Back to the menu</source>
        <translation>Takaisin valikkoon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Collecting the diagnostics…</source>
        <translation>Diagnostiikkaa kerätään…</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Vie diagnostiikka</translation>
    </message>
    <message>
        <source>My actions today at this kiosk</source>
        <translation>Tämän päivän toimeni tällä päätteellä</translation>
    </message>
    <message>
        <source>No USB stick: sent to the help desk through the backend (bundle {id}).</source>
        <translation>Ei USB-tikkua: lähetetty tukipalveluun taustapalvelun kautta (paketti {id}).</translation>
    </message>
    <message>
        <source>No actions yet today.</source>
        <translation>Ei vielä toimia tänään.</translation>
    </message>
    <message>
        <source>Not exported: no USB stick, and the backend did not take it ({code}).</source>
        <translation>Ei viety: USB-tikkua ei ole, eikä taustapalvelu ottanut sitä vastaan ({code}).</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Käynnistä uudelleen</translation>
    </message>
    <message>
        <source>Restart the card reader service</source>
        <translation>Käynnistä kortinlukijapalvelu uudelleen</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Käynnistä kioski uudelleen</translation>
    </message>
    <message>
        <source>Restart the kiosk now?</source>
        <translation>Käynnistetäänkö kioski nyt uudelleen?</translation>
    </message>
    <message>
        <source>Restarting the card reader service…</source>
        <translation>Kortinlukijapalvelua käynnistetään uudelleen…</translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation>Käynnistetään uudelleen…</translation>
    </message>
    <message>
        <source>To a USB stick if one is in, else to the help desk through the backend. No customer data.</source>
        <translation>USB-tikulle, jos sellainen on paikallaan, muuten tukipalveluun taustapalvelun kautta. Ei asiakastietoja.</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Kosketustesti</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Written to the USB stick: {file}</source>
        <translation>Kirjoitettu USB-tikulle: {file}</translation>
    </message>
    <message>
        <source>card {number}</source>
        <translation>kortti {number}</translation>
    </message>
    <message>
        <source>member {number}</source>
        <translation>jäsen {number}</translation>
    </message>
    <message>
        <source>pcscd, when readers are not seen or a card is not read.</source>
        <translation>pcscd, kun lukijoita ei näy tai korttia ei lueta.</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>More time: {time}</source>
        <translation>Lisäaikaa: {time}</translation>
    </message>
    <message>
        <source>Speech off.</source>
        <translation>Puhe pois päältä.</translation>
    </message>
    <message>
        <source>Speech on.</source>
        <translation>Puhe päällä.</translation>
    </message>
    <message>
        <source>Time left: {time}</source>
        <translation>Aikaa jäljellä: {time}</translation>
    </message>
    <message>
        <source>Volume {step} of {steps}</source>
        <translation>Äänenvoimakkuus {step}, suurin {steps}</translation>
    </message>
</context>
<context>
    <name>AttractView</name>
    <message>
        <source>Confirm your identity on your phone</source>
        <translation>Tunnistaudu puhelimella</translation>
    </message>
    <message>
        <source>Insert your card</source>
        <translation>Aseta kortti lukijaan</translation>
    </message>
    <message>
        <source>Insert your owner card in the reader below</source>
        <translation>Aseta omistaja-asiakaskorttisi alla olevaan lukijaan</translation>
    </message>
    <message>
        <source>OWNER-CUSTOMER SERVICE</source>
        <translation>OMISTAJA-ASIAKASPALVELU</translation>
    </message>
    <message>
        <source>See your Bonus and benefits, your receipts, and manage your owner-customer details.</source>
        <translation>Katso Bonuksesi, etusi ja kuittisi sekä hoida omistaja-asiakastietojasi.</translation>
    </message>
    <message>
        <source>See your benefits and details</source>
        <translation>Katso etusi ja tietosi</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>Palvelussa on tilapäinen häiriö.</translation>
    </message>
    <message>
        <source>We are trying to reconnect. Please try again in a moment.</source>
        <translation>Yritämme palauttaa yhteyden. Kokeile hetken päästä uudelleen.</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Tervetuloa!</translation>
    </message>
</context>
<context>
    <name>BonusPage</name>
    <message>
        <source>Bonus percentage of the month</source>
        <translation>Kuukauden Bonusprosentti</translation>
    </message>
    <message>
        <source>Bonus {percent}</source>
        <translation>Bonus {percent}</translation>
    </message>
    <message>
        <source>Household purchases</source>
        <translation>Talouden ostot</translation>
    </message>
    <message>
        <source>Household purchases and Bonus percentage, last 12 months</source>
        <translation>Talouden ostot ja Bonusprosentti, viimeiset 12 kuukautta</translation>
    </message>
    <message>
        <source>No other cash benefits this month.</source>
        <translation>Ei muita rahanarvoisia etuja tässä kuussa.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>Paid on {date}</source>
        <translation>Maksettu {date}</translation>
    </message>
    <message>
        <source>Payment-method benefit</source>
        <translation>Maksutapaetu</translation>
    </message>
    <message>
        <source>Show as a chart</source>
        <translation>Näytä kaaviona</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Näytä luettelona</translation>
    </message>
    <message>
        <source>Tap a month to see its details.</source>
        <translation>Napauta kuukautta, niin näet sen tiedot.</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Viimeiset 12 kuukautta</translation>
    </message>
    <message>
        <source>The month is over; the payout is on its way.</source>
        <translation>Kuukausi on päättynyt, ja maksu on matkalla tilillesi.</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Tämä kuukausi tähän mennessä</translation>
    </message>
    <message>
        <source>This month so far: the Bonus grows with every purchase.</source>
        <translation>Kuukausi on kesken: Bonus kasvaa jokaisesta ostoksesta.</translation>
    </message>
    <message>
        <source>To account {account}</source>
        <translation>Tilille {account}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>We have no bank account for the payout. Add one at the customer service desk.</source>
        <translation>Meillä ei ole tilinumeroasi maksua varten. Lisää se asiakaspalvelussa.</translation>
    </message>
    <message>
        <source>Will be paid by {date}</source>
        <translation>Maksetaan viimeistään {date}</translation>
    </message>
</context>
<context>
    <name>BonusPurchasesPage</name>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Kuitit</translation>
    </message>
    <message>
        <source>Warranty receipts</source>
        <translation>Takuukuitit</translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>One moment…</source>
        <translation>Hetkinen…</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Bonus &amp; purchases</source>
        <translation>Bonus ja ostot</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Viestintä</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Etusivu</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>Omat tiedot</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Participate &amp; influence</source>
        <translation>Osallistu ja vaikuta</translation>
    </message>
</context>
<context>
    <name>CommunicationPage</name>
    <message>
        <source>Choose what we may send you and how we may contact you. Each change is saved as soon as you tap the switch.</source>
        <translation>Valitse, mitä saamme lähettää sinulle ja miten saamme ottaa sinuun yhteyttä. Jokainen muutos tallentuu heti, kun napautat kytkintä.</translation>
    </message>
    <message>
        <source>Last changed {date}</source>
        <translation>Muutettu viimeksi {date}</translation>
    </message>
    <message>
        <source>Marketing channels</source>
        <translation>Markkinointikanavat</translation>
    </message>
    <message>
        <source>Never changed</source>
        <translation>Ei koskaan muutettu</translation>
    </message>
    <message>
        <source>Newsletters</source>
        <translation>Uutiskirjeet</translation>
    </message>
    <message>
        <source>Newsletters and marketing</source>
        <translation>Uutiskirjeet ja markkinointi</translation>
    </message>
    <message>
        <source>Not saved: the change did not go through. Please try again later.</source>
        <translation>Ei tallennettu: muutos ei mennyt läpi. Yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>Not saved: we could not reach the service. Please try again in a moment.</source>
        <translation>Ei tallennettu: emme saaneet yhteyttä palveluun. Yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Pois</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Päällä</translation>
    </message>
    <message>
        <source>Other ways we may contact you with offers and invitations.</source>
        <translation>Muut tavat, joilla voimme kertoa sinulle tarjouksista ja kutsuista.</translation>
    </message>
    <message>
        <source>Paperless receipts</source>
        <translation>Paperittomat kuitit</translation>
    </message>
    <message>
        <source>Paperless receipts are off: you get a paper receipt at the till again.</source>
        <translation>Paperittomat kuitit ovat pois päältä: saat kassalta taas paperikuitin.</translation>
    </message>
    <message>
        <source>Paperless receipts are on: no paper receipt at the till from now on.</source>
        <translation>Paperittomat kuitit ovat käytössä: kassalta ei enää tule paperikuittia.</translation>
    </message>
    <message>
        <source>Receipts at the till</source>
        <translation>Kuitit kassalla</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <source>Sent to your e-mail address.</source>
        <translation>Lähetetään sähköpostiisi.</translation>
    </message>
    <message>
        <source>Subscribed to {topic}</source>
        <translation>Tilattu: {topic}</translation>
    </message>
    <message>
        <source>The till follows this setting of your card in every store of the chain.</source>
        <translation>Kassa noudattaa tätä korttisi asetusta ketjun kaikissa myymälöissä.</translation>
    </message>
    <message>
        <source>Unsubscribed from {topic}</source>
        <translation>Tilaus peruttu: {topic}</translation>
    </message>
    <message>
        <source>Your receipts as e-receipts only (in Bonus &amp; purchases), and no paper receipt at the till.</source>
        <translation>Kuittisi vain sähköisinä (kohdassa Bonus ja ostot), eikä paperikuittia kassalla.</translation>
    </message>
</context>
<context>
    <name>ConfirmingPage</name>
    <message>
        <source>Back to the choices</source>
        <translation>Takaisin vaihtoehtoihin</translation>
    </message>
    <message>
        <source>Back to the details</source>
        <translation>Takaisin tietoihin</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Save the number without it</source>
        <translation>Tallenna numero ilman sitä</translation>
    </message>
    <message>
        <source>Send a new request</source>
        <translation>Lähetä uusi pyyntö</translation>
    </message>
    <message>
        <source>The member confirms on the new number</source>
        <translation>Jäsen vahvistaa uudessa numerossa</translation>
    </message>
    <message>
        <source>The member confirms on the phone on file</source>
        <translation>Jäsen vahvistaa rekisterissä olevassa puhelimessa</translation>
    </message>
    <message>
        <source>The new member confirms with their own mobile certificate</source>
        <translation>Uusi jäsen vahvistaa omalla mobiilivarmenteellaan</translation>
    </message>
</context>
<context>
    <name>ConfirmingView</name>
    <message>
        <source>A store clerk can add your number here at this kiosk.</source>
        <translation>Myymälän henkilökunta voi lisätä numerosi tässä kioskissa.</translation>
    </message>
    <message numerus="yes">
        <source>Answered on your phone? We check for your answer in %n s.</source>
        <translation>
            <numerusform>Vastasitko jo puhelimessa? Tarkistamme vastauksesi %n sekunnin kuluttua.</numerusform>
            <numerusform>Vastasitko jo puhelimessa? Tarkistamme vastauksesi %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Check that your phone shows the same code. Then enter your mobile certificate PIN on the phone.</source>
        <translation>Tarkista, että puhelimessasi näkyy sama tapahtumatunnus. Näppäile sitten mobiilivarmenteesi PIN-koodi puhelimeen.</translation>
    </message>
    <message>
        <source>Checking for your answer…</source>
        <translation>Tarkistetaan vastaustasi…</translation>
    </message>
    <message>
        <source>Confirm your identity with your mobile certificate</source>
        <translation>Tunnistaudu mobiilivarmenteella</translation>
    </message>
    <message>
        <source>Continue with card only</source>
        <translation>Jatka pelkällä kortilla</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Event code</source>
        <translation>Tapahtumatunnus</translation>
    </message>
    <message>
        <source>Finish and take your card.</source>
        <translation>Päätä asiointi ja ota korttisi.</translation>
    </message>
    <message>
        <source>Finish or cancel the other request on your phone, then try again.</source>
        <translation>Hyväksy tai peruuta toinen pyyntö puhelimessasi ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>For your security, only a few requests can be sent to your phone in a short time. Meanwhile, you can go on with your card only.</source>
        <translation>Turvallisuutesi vuoksi puhelimeesi voidaan lähettää lyhyessä ajassa vain muutama pyyntö. Sillä välin voit jatkaa pelkällä kortilla.</translation>
    </message>
    <message>
        <source>IDENTITY CONFIRMATION</source>
        <translation>TUNNISTAUTUMINEN</translation>
    </message>
    <message>
        <source>Sending the request to your phone…</source>
        <translation>Lähetämme pyynnön puhelimeesi…</translation>
    </message>
    <message>
        <source>The PIN was entered wrong too many times. Your mobile operator can unlock it.</source>
        <translation>PIN-koodi syötettiin väärin liian monta kertaa. Matkapuhelinoperaattorisi voi avata lukituksen.</translation>
    </message>
    <message>
        <source>The answer from the mobile certificate service did not check out. You can try again; if it happens again, please ask the staff at the checkout.</source>
        <translation>Mobiilivarmennepalvelun vastaus ei ollut kunnossa. Voit yrittää uudelleen; jos näin käy uudestaan, käänny kassan henkilökunnan puoleen.</translation>
    </message>
    <message>
        <source>The confirmation timed out.</source>
        <translation>Tunnistautumisen aika loppui.</translation>
    </message>
    <message>
        <source>The mobile certificate service is not answering right now.</source>
        <translation>Mobiilivarmennepalvelu ei vastaa juuri nyt.</translation>
    </message>
    <message>
        <source>The request on your phone was not answered in time.</source>
        <translation>Puhelimeesi tulleeseen pyyntöön ei vastattu ajoissa.</translation>
    </message>
    <message>
        <source>Time left {time}</source>
        <translation>Aikaa jäljellä {time}</translation>
    </message>
    <message>
        <source>Too many attempts. Please try again later.</source>
        <translation>Liian monta yritystä. Yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>We have no mobile phone number for you, so we cannot confirm your identity this way.</source>
        <translation>Meillä ei ole matkapuhelinnumeroasi, joten et voi tunnistautua tällä tavalla.</translation>
    </message>
    <message>
        <source>We sent a request to {phone}</source>
        <translation>Lähetimme pyynnön numeroon {phone}</translation>
    </message>
    <message>
        <source>We&apos;ll send a new request to your phone.</source>
        <translation>Lähetämme puhelimeesi uuden pyynnön.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Mitä haluat tehdä?</translation>
    </message>
    <message>
        <source>You can order a mobile certificate from your mobile operator. Meanwhile, go on with your card only.</source>
        <translation>Voit tilata mobiilivarmenteen matkapuhelinoperaattoriltasi. Sillä välin voit jatkaa pelkällä kortilla.</translation>
    </message>
    <message>
        <source>You can try again in a moment, or go on with your card only.</source>
        <translation>Voit yrittää hetken päästä uudelleen tai jatkaa pelkällä kortilla.</translation>
    </message>
    <message>
        <source>You can try again, or go on with your card only.</source>
        <translation>Voit yrittää uudelleen tai jatkaa pelkällä kortilla.</translation>
    </message>
    <message>
        <source>You cancelled the confirmation.</source>
        <translation>Peruutit tunnistautumisen.</translation>
    </message>
    <message>
        <source>You will see your benefits summary.</source>
        <translation>Näet yhteenvedon eduistasi.</translation>
    </message>
    <message>
        <source>Your identity could not be confirmed.</source>
        <translation>Henkilöllisyyttäsi ei voitu vahvistaa.</translation>
    </message>
    <message>
        <source>Your mobile certificate is locked.</source>
        <translation>Mobiilivarmenteesi on lukittu.</translation>
    </message>
    <message>
        <source>Your phone is handling another request.</source>
        <translation>Puhelimessasi on kesken toinen pyyntö.</translation>
    </message>
    <message>
        <source>Your phone number has no mobile certificate in use.</source>
        <translation>Puhelinnumerollasi ei ole käytössä mobiilivarmennetta.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Send a new request</source>
        <translation>Lähetä uusi pyyntö</translation>
    </message>
    <message>
        <source>The owner confirms with their mobile certificate</source>
        <translation>Omistaja vahvistaa mobiilivarmenteellaan</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yritä uudelleen</translation>
    </message>
</context>
<context>
    <name>ContactDetailsPage</name>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Address line 2 (optional)</source>
        <translation>Osoitteen lisärivi (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Hylkää muutokset</translation>
    </message>
    <message>
        <source>Discard the changes you made?</source>
        <translation>Hylätäänkö tekemäsi muutokset?</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Sähköpostiosoite</translation>
    </message>
    <message>
        <source>E-mail address (optional)</source>
        <translation>Sähköpostiosoite (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Edit contact details</source>
        <translation>Muokkaa yhteystietoja</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Muokkaa tietoja</translation>
    </message>
    <message>
        <source>Five digits</source>
        <translation>Viisi numeroa</translation>
    </message>
    <message>
        <source>For example c/o and a name</source>
        <translation>Esimerkiksi c/o ja nimi</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Jatka muokkausta</translation>
    </message>
    <message>
        <source>Language for messages</source>
        <translation>Asiointikieli</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Päivitetty viimeksi</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Matkapuhelinnumero</translation>
    </message>
    <message>
        <source>Mobile phone number (optional)</source>
        <translation>Matkapuhelinnumero (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ei annettu</translation>
    </message>
    <message>
        <source>Please check the marked fields. Nothing was saved yet.</source>
        <translation>Tarkista merkityt kentät. Mitään ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Tallenna muutokset</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <source>Some details were not accepted. Please check the marked fields.</source>
        <translation>Kaikkia tietoja ei hyväksytty. Tarkista merkityt kentät.</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Street name, number and apartment, for example Kauppakatu 5 B 12</source>
        <translation>Kadun nimi, numero ja asunto, esimerkiksi Kauppakatu 5 B 12</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>We will write to you in the language you chose.</source>
        <translation>Lähetämme viestit jatkossa valitsemallasi kielellä.</translation>
    </message>
    <message>
        <source>We write to you in this language. The screen stays in the language you chose for it.</source>
        <translation>Lähetämme viestit sinulle tällä kielellä. Näytön kieli pysyy sellaisena kuin sen valitsit.</translation>
    </message>
    <message>
        <source>Will be saved as {number}</source>
        <translation>Tallennetaan muodossa {number}</translation>
    </message>
    <message>
        <source>Your changes could not be saved right now. What you typed is still here. Please try again in a moment.</source>
        <translation>Muutoksia ei voitu tallentaa juuri nyt. Kirjoittamasi tiedot ovat tallessa. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>Your changes were not saved: the service could not be reached. What you typed is still here. Please try saving again.</source>
        <translation>Muutoksia ei tallennettu, koska palveluun ei saatu yhteyttä. Kirjoittamasi tiedot ovat tallessa. Yritä tallentaa uudelleen.</translation>
    </message>
    <message>
        <source>Your details have been saved.</source>
        <translation>Tietosi on tallennettu.</translation>
    </message>
    <message>
        <source>Your mobile certificate requests come to this number.</source>
        <translation>Mobiilivarmenteen tunnistuspyynnöt tulevat tähän numeroon.</translation>
    </message>
    <message>
        <source>{name} · member number {number}</source>
        <translation>{name} · jäsennumero {number}</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>A new card from this store&apos;s stock, for the staff flows</source>
        <translation>Uusi kortti tämän myymälän varastosta henkilökunnan asiointeihin</translation>
    </message>
    <message>
        <source>A request waits on the phone, with the event code</source>
        <translation>Puhelimessa odottaa pyyntö tapahtumatunnuksella</translation>
    </message>
    <message>
        <source>A stock card of another store: the kiosk refuses it</source>
        <translation>Toisen myymälän varastokortti: pääte hylkää sen</translation>
    </message>
    <message>
        <source>Approve with PIN</source>
        <translation>Hyväksy PIN-koodilla</translation>
    </message>
    <message>
        <source>Approved: the PIN was entered on the phone.</source>
        <translation>Hyväksytty: PIN-koodi näppäiltiin puhelimessa.</translation>
    </message>
    <message>
        <source>Back to the devices</source>
        <translation>Takaisin laitteisiin</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>Virheellinen allekirjoitus</translation>
    </message>
    <message>
        <source>Breaks mid-print</source>
        <translation>Katkeaa kesken</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Varattu</translation>
    </message>
    <message>
        <source>Busy with an earlier job</source>
        <translation>Varattu edellisellä työllä</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Cancelled on the phone.</source>
        <translation>Peruttu puhelimessa.</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Kortinlukija</translation>
    </message>
    <message>
        <source>Cards the kiosk refuses</source>
        <translation>Kortit, jotka kioski torjuu</translation>
    </message>
    <message>
        <source>Cloned card</source>
        <translation>Kloonattu kortti</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>Kansi auki</translation>
    </message>
    <message>
        <source>Demo devices</source>
        <translation>Demolaitteet</translation>
    </message>
    <message>
        <source>Does not answer</source>
        <translation>Ei vastaa</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Vanhenee</translation>
    </message>
    <message>
        <source>From stock</source>
        <translation>Varastosta</translation>
    </message>
    <message>
        <source>Hangs mid-print</source>
        <translation>Jumittuu kesken</translation>
    </message>
    <message>
        <source>Headphone jack</source>
        <translation>Kuulokeliitäntä</translation>
    </message>
    <message>
        <source>Headphones plugged in</source>
        <translation>Kuulokkeet kytketty</translation>
    </message>
    <message>
        <source>Last receipt printed: {width} × {height} dots. Tap it to see it whole.</source>
        <translation>Viimeisin kuitti: {width} × {height} pistettä. Napauta, niin näet koko kuitin.</translation>
    </message>
    <message>
        <source>Left to expire on the phone.</source>
        <translation>Jätetty vanhenemaan puhelimessa.</translation>
    </message>
    <message>
        <source>Matti&apos;s number, another key</source>
        <translation>Matin numero, eri avain</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Jäsenet</translation>
    </message>
    <message>
        <source>More outcomes</source>
        <translation>Muut lopputulokset</translation>
    </message>
    <message>
        <source>No request on the phone.</source>
        <translation>Puhelimessa ei ole pyyntöä.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ei kytketty</translation>
    </message>
    <message>
        <source>Not our card</source>
        <translation>Ei meidän korttimme</translation>
    </message>
    <message>
        <source>Nothing printed yet: the last receipt appears here.</source>
        <translation>Mitään ei ole vielä tulostettu: viimeisin kuitti näkyy tässä.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline-tilassa</translation>
    </message>
    <message>
        <source>Operator error</source>
        <translation>Operaattorivirhe</translation>
    </message>
    <message>
        <source>Other store</source>
        <translation>Toinen myymälä</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Paperi loppu</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN lukittu</translation>
    </message>
    <message>
        <source>PIN {pin}</source>
        <translation>PIN {pin}</translation>
    </message>
    <message>
        <source>Paper low</source>
        <translation>Paperi vähissä</translation>
    </message>
    <message>
        <source>Phone page: {url}</source>
        <translation>Puhelinsivu: {url}</translation>
    </message>
    <message>
        <source>Plug in headphones</source>
        <translation>Kytke kuulokkeet</translation>
    </message>
    <message>
        <source>Printed receipt</source>
        <translation>Tulostettu kuitti</translation>
    </message>
    <message>
        <source>Quit the demo</source>
        <translation>Lopeta demo</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Kuittitulostin</translation>
    </message>
    <message>
        <source>Remove the card</source>
        <translation>Ota kortti pois</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Hidas</translation>
    </message>
    <message>
        <source>Staff (PIN on the kiosk&apos;s keypad)</source>
        <translation>Henkilökunta (PIN kioskin näppäimistöllä)</translation>
    </message>
    <message>
        <source>That request was no longer waiting on the phone.</source>
        <translation>Pyyntö ei enää odottanut puhelimessa.</translation>
    </message>
    <message>
        <source>The member&apos;s phone</source>
        <translation>Omistaja-asiakkaan puhelin</translation>
    </message>
    <message>
        <source>The operator&apos;s service failed.</source>
        <translation>Operaattorin palvelu epäonnistui.</translation>
    </message>
    <message>
        <source>The phone answered: PIN blocked.</source>
        <translation>Puhelin vastasi: PIN-koodi lukittu.</translation>
    </message>
    <message>
        <source>The phone answered: busy with another request.</source>
        <translation>Puhelin vastasi: toinen pyyntö on kesken.</translation>
    </message>
    <message>
        <source>The phone is sending the answer…</source>
        <translation>Puhelin lähettää vastausta…</translation>
    </message>
    <message>
        <source>The phone signed, but the signature is not valid.</source>
        <translation>Puhelin allekirjoitti, mutta allekirjoitus ei kelpaa.</translation>
    </message>
    <message>
        <source>To enrol (has a mobile certificate): {name}, {code}, {phone}</source>
        <translation>Lisättävä (mobiilivarmenne): {name}, {code}, {phone}</translation>
    </message>
    <message>
        <source>UK number: card only</source>
        <translation>UK-numero: vain kortti</translation>
    </message>
    <message>
        <source>a payment card</source>
        <translation>maksukortti</translation>
    </message>
    <message>
        <source>blank, from the store&apos;s stock</source>
        <translation>tyhjä, myymälän varastosta</translation>
    </message>
    <message>
        <source>card only, no phone</source>
        <translation>vain kortti, ei puhelinta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>family of three</source>
        <translation>kolmen hengen perhe</translation>
    </message>
    <message>
        <source>five years of purchases</source>
        <translation>viiden vuoden ostot</translation>
    </message>
    <message>
        <source>for the presenter</source>
        <translation>esittäjälle</translation>
    </message>
    <message>
        <source>his old card, closed</source>
        <translation>vanha kortti, suljettu</translation>
    </message>
    <message>
        <source>in Matti&apos;s household</source>
        <translation>Matin taloudessa</translation>
    </message>
    <message>
        <source>in Sari&apos;s household</source>
        <translation>Sarin taloudessa</translation>
    </message>
    <message>
        <source>in Swedish</source>
        <translation>ruotsiksi</translation>
    </message>
    <message>
        <source>owner card</source>
        <translation>omistaja-asiakaskortti</translation>
    </message>
    <message>
        <source>plugging in turns speech on</source>
        <translation>kytkeminen ottaa puheen käyttöön</translation>
    </message>
    <message>
        <source>reported lost</source>
        <translation>ilmoitettu kadonneeksi</translation>
    </message>
    <message>
        <source>staff card</source>
        <translation>henkilökunnan kortti</translation>
    </message>
    <message>
        <source>staff, PIN {pin}</source>
        <translation>henkilökunta, PIN {pin}</translation>
    </message>
    <message>
        <source>tap a card to insert it</source>
        <translation>aseta kortti napauttamalla</translation>
    </message>
    <message>
        <source>technician card</source>
        <translation>huoltoteknikon kortti</translation>
    </message>
    <message>
        <source>technician, PIN {pin}</source>
        <translation>huoltoteknikko, PIN {pin}</translation>
    </message>
    <message>
        <source>the family&apos;s teenager</source>
        <translation>perheen teini</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Born {date}</source>
        <translation>Syntynyt {date}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>E-mail address (optional)</source>
        <translation>Sähköpostiosoite (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Etunimet</translation>
    </message>
    <message>
        <source>For example 031107A9132</source>
        <translation>Esimerkiksi 031107A9132</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Kotitalous</translation>
    </message>
    <message>
        <source>Language for messages</source>
        <translation>Asiointikieli</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Mobile phone number (optional)</source>
        <translation>Matkapuhelinnumero (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Register data</source>
        <translation>Rekisteritiedot</translation>
    </message>
    <message>
        <source>The new family member&apos;s details</source>
        <translation>Uuden perheenjäsenen tiedot</translation>
    </message>
    <message>
        <source>The new member gets the household&apos;s address. An own card from the age of {years}.</source>
        <translation>Uusi jäsen saa talouden osoitteen. Oma kortti {years} vuoden iästä alkaen.</translation>
    </message>
    <message>
        <source>Their own mobile certificate can confirm who they are.</source>
        <translation>Oma mobiilivarmenne voi vahvistaa henkilöllisyyden.</translation>
    </message>
    <message>
        <source>Will be saved as {number}</source>
        <translation>Tallennetaan muodossa {number}</translation>
    </message>
    <message>
        <source>{name}&apos;s household</source>
        <translation>Talous – omistaja {name}</translation>
    </message>
</context>
<context>
    <name>DocumentChoice</name>
    <message>
        <source>Document checked</source>
        <translation>Asiakirja tarkistettu</translation>
    </message>
    <message>
        <source>Last four characters of the document&apos;s number</source>
        <translation>Asiakirjan numeron neljä viimeistä merkkiä</translation>
    </message>
    <message>
        <source>Letters and digits, for example 7K2X</source>
        <translation>Kirjaimia ja numeroita, esimerkiksi 7K2X</translation>
    </message>
    <message>
        <source>Or check an identity document</source>
        <translation>Tai tarkista henkilöllisyystodistus</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Card</source>
        <translation>Kortti</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Hand the welcome slip to the new member.</source>
        <translation>Anna tervetulokuitti uudelle jäsenelle.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Kotitalous</translation>
    </message>
    <message>
        <source>Identity confirmed with</source>
        <translation>Henkilöllisyys varmistettu</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Uusi kortti</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>Uusi numero</translation>
    </message>
    <message>
        <source>Next time the member can confirm with their mobile certificate on their own.</source>
        <translation>Ensi kerralla jäsen voi tunnistautua mobiilivarmenteella itse.</translation>
    </message>
    <message>
        <source>Old cards ({status})</source>
        <translation>Vanhat kortit ({status})</translation>
    </message>
    <message>
        <source>Previous number</source>
        <translation>Aiempi numero</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Tulosta uudelleen</translation>
    </message>
    <message>
        <source>Printing the welcome slip…</source>
        <translation>Tulostetaan tervetulokuittia…</translation>
    </message>
    <message>
        <source>Purchases count from</source>
        <translation>Ostot kerryttävät alkaen</translation>
    </message>
    <message>
        <source>The mobile number is saved</source>
        <translation>Matkapuhelinnumero on tallennettu</translation>
    </message>
    <message>
        <source>The number has no mobile certificate confirmed yet: the member sees only Home until it has one.</source>
        <translation>Numerolle ei ole vielä vahvistettu mobiilivarmennetta: jäsen näkee vain etusivun, kunnes sellainen on.</translation>
    </message>
    <message>
        <source>The old cards no longer open anything, even a session open right now.</source>
        <translation>Vanhat kortit eivät enää avaa mitään, eivät edes parhaillaan avoinna olevaa istuntoa.</translation>
    </message>
    <message>
        <source>The owner member gets a notice of the new family member.</source>
        <translation>Omistajajäsen saa ilmoituksen uudesta perheenjäsenestä.</translation>
    </message>
    <message>
        <source>The welcome slip could not be printed: {reason}</source>
        <translation>Tervetulokuittia ei voitu tulostaa: {reason}</translation>
    </message>
    <message>
        <source>an identity document</source>
        <translation>henkilöllisyystodistuksella</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
    <message>
        <source>reported lost</source>
        <translation>ilmoitettu kadonneeksi</translation>
    </message>
    <message>
        <source>the printer did not confirm it.</source>
        <translation>tulostin ei vahvistanut tulostusta.</translation>
    </message>
    <message>
        <source>the printer is busy with an earlier job.</source>
        <translation>tulostin on varattu aiemmalle työlle.</translation>
    </message>
    <message>
        <source>the printer is offline.</source>
        <translation>tulostin ei ole käytettävissä.</translation>
    </message>
    <message>
        <source>the printer is out of paper.</source>
        <translation>tulostimesta on paperi loppu.</translation>
    </message>
    <message>
        <source>the printer&apos;s cover is open.</source>
        <translation>tulostimen kansi on auki.</translation>
    </message>
    <message>
        <source>their own mobile certificate</source>
        <translation>omalla mobiilivarmenteella</translation>
    </message>
    <message>
        <source>{name} has a new card</source>
        <translation>{name} sai uuden kortin</translation>
    </message>
    <message>
        <source>{name} is now a member of the household</source>
        <translation>{name} on nyt talouden jäsen</translation>
    </message>
</context>
<context>
    <name>EndingView</name>
    <message>
        <source>Remember to take your card.</source>
        <translation>Muista ottaa korttisi.</translation>
    </message>
    <message>
        <source>See you again soon.</source>
        <translation>Tervetuloa uudelleen!</translation>
    </message>
    <message>
        <source>Thank you for visiting!</source>
        <translation>Kiitos käynnistä!</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A postal code has five digits, for example 00100.</source>
        <translation>Postinumerossa on viisi numeroa, esimerkiksi 00100.</translation>
    </message>
    <message>
        <source>Check the e-mail address. It looks like name@example.fi.</source>
        <translation>Tarkista sähköpostiosoite. Sen muoto on nimi@esimerkki.fi.</translation>
    </message>
    <message>
        <source>Choose Suomi, Svenska or English.</source>
        <translation>Valitse Suomi, Svenska tai English.</translation>
    </message>
    <message>
        <source>Enter a Finnish number such as 0401234567, or + and the country code.</source>
        <translation>Anna suomalainen numero, esimerkiksi 0401234567, tai + ja maatunnus.</translation>
    </message>
    <message>
        <source>Enter a mobile phone number. Mobile certificate requests cannot reach a landline.</source>
        <translation>Anna matkapuhelinnumero. Mobiilivarmenteen tunnistuspyynnöt eivät tule lankapuhelimeen.</translation>
    </message>
    <message>
        <source>This cannot be left empty.</source>
        <translation>Tätä kenttää ei voi jättää tyhjäksi.</translation>
    </message>
    <message>
        <source>This is too long. Please shorten it.</source>
        <translation>Teksti on liian pitkä. Lyhennä sitä.</translation>
    </message>
    <message>
        <source>This was not accepted. Please check it.</source>
        <translation>Tietoa ei hyväksytty. Tarkista se.</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces and the marks . , &apos; / - # &amp; ( ) only.</source>
        <translation>Käytä vain kirjaimia, numeroita, välilyöntejä ja merkkejä . , &apos; / - # &amp; ( ).</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Bonus level {percent}</source>
        <translation>Bonustaso {percent}</translation>
    </message>
    <message>
        <source>Bonus so far</source>
        <translation>Bonusta kertynyt</translation>
    </message>
    <message>
        <source>Confirm with mobile certificate</source>
        <translation>Tunnistaudu mobiilivarmenteella</translation>
    </message>
    <message>
        <source>Confirm your identity to see your receipts, Bonus history and details.</source>
        <translation>Tunnistaudu, niin näet kuittisi, bonushistoriasi ja omat tietosi.</translation>
    </message>
    <message>
        <source>Household purchases</source>
        <translation>Talouden ostot</translation>
    </message>
    <message>
        <source>Loading your benefits…</source>
        <translation>Haemme etujasi…</translation>
    </message>
    <message>
        <source>Next payout</source>
        <translation>Seuraava maksu</translation>
    </message>
    <message>
        <source>No other cash benefits this month.</source>
        <translation>Ei muita rahanarvoisia etuja tässä kuussa.</translation>
    </message>
    <message>
        <source>Other cash benefits</source>
        <translation>Muut rahanarvoiset edut</translation>
    </message>
    <message>
        <source>Paid by {date}</source>
        <translation>Viimeistään {date}</translation>
    </message>
    <message>
        <source>Paid on {date}</source>
        <translation>Maksettu {date}</translation>
    </message>
    <message>
        <source>Payment-method benefit</source>
        <translation>Maksutapaetu</translation>
    </message>
    <message>
        <source>So far, for paying with your owner card</source>
        <translation>Kertynyt maksamalla omistaja-asiakaskortilla</translation>
    </message>
    <message>
        <source>That would add {amount} to this month&apos;s Bonus.</source>
        <translation>Tämän kuun Bonuksesi kasvaisi {amount}.</translation>
    </message>
    <message>
        <source>To account {account}</source>
        <translation>Tilille {account}</translation>
    </message>
    <message>
        <source>To see your receipts, Bonus history and details, you confirm your identity with a mobile certificate, and we have no mobile phone number for you. A store clerk can add your number here at this kiosk.</source>
        <translation>Kuittiesi, Bonushistoriasi ja tietojesi näkeminen vaatii henkilöllisyyden vahvistamisen mobiilivarmenteella, eikä meillä ole matkapuhelinnumeroasi. Myymälän henkilökunta voi lisätä numerosi tässä kioskissa.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Want to see everything?</source>
        <translation>Haluatko nähdä kaiken?</translation>
    </message>
    <message>
        <source>We have no bank account for the payout. Add one at the customer service desk.</source>
        <translation>Meillä ei ole tilinumeroasi maksua varten. Lisää se asiakaspalvelussa.</translation>
    </message>
    <message>
        <source>Your benefits this month</source>
        <translation>Tämän kuun etusi</translation>
    </message>
    <message>
        <source>Your card is set to paper receipts at the till.</source>
        <translation>Korttisi on asetettu saamaan paperikuitti kassalla.</translation>
    </message>
    <message>
        <source>Your card is set to paperless receipts: e-receipts only, no paper receipt at the till.</source>
        <translation>Korttisi on asetettu paperittomiin kuitteihin: kuitit vain sähköisinä, ei paperikuittia kassalla.</translation>
    </message>
    <message>
        <source>Your card shows this summary</source>
        <translation>Kortillasi näet tämän yhteenvedon</translation>
    </message>
    <message>
        <source>Your household has reached the highest Bonus level, {percent}.</source>
        <translation>Taloutesi on jo korkeimmalla bonustasolla, {percent}.</translation>
    </message>
    <message>
        <source>{missing} more this month lifts your Bonus to {percent}</source>
        <translation>Vielä {missing} ostoja, niin saat {percent} Bonusta</translation>
    </message>
    <message>
        <source>{month} · on its way</source>
        <translation>{month} · matkalla tilillesi</translation>
    </message>
    <message>
        <source>{month} · paid</source>
        <translation>{month} · maksettu</translation>
    </message>
    <message>
        <source>{month} · still growing</source>
        <translation>{month} · kertyy vielä</translation>
    </message>
    <message>
        <source>{percent} of the purchases</source>
        <translation>{percent} ostoista</translation>
    </message>
    <message>
        <source>{purchases} of {threshold}</source>
        <translation>{purchases} / {threshold}</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>A family member can be added to your household here at the kiosk with a member of our staff: ask the staff, and confirm with your mobile certificate.</source>
        <translation>Voit lisätä talouteesi perheenjäsenen täällä päätteellä henkilökuntamme avulla: kysy henkilökunnalta ja vahvista mobiilivarmenteella.</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Perheenjäsen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Säilytä</translation>
    </message>
    <message>
        <source>Owner member</source>
        <translation>Omistajajäsen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove {name} from your household? They keep their membership and card, and their purchases count for a household of their own from now on.</source>
        <translation>Poistetaanko {name} taloudestasi? Jäsenyys ja kortti säilyvät, ja ostot kerryttävät tästä lähtien omaa talouttaan.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Poistetaan…</translation>
    </message>
    <message>
        <source>The family member could not be removed right now. Please try again in a moment.</source>
        <translation>Perheenjäsentä ei voitu poistaa juuri nyt. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>The family member was not removed: the service could not be reached. Please try again.</source>
        <translation>Perheenjäsentä ei poistettu: palveluun ei saatu yhteyttä. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>The household&apos;s owner member adds and removes family members.</source>
        <translation>Talouden omistajajäsen lisää ja poistaa perheenjäsenet.</translation>
    </message>
    <message>
        <source>Your household</source>
        <translation>Taloutesi</translation>
    </message>
    <message>
        <source>Your household&apos;s purchases are added up for the Bonus. Each member sees only their own receipts.</source>
        <translation>Taloutesi ostot lasketaan yhteen Bonusta varten. Kukin jäsen näkee vain omat kuittinsa.</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (sinä)</translation>
    </message>
    <message>
        <source>{name} was removed from your household.</source>
        <translation>{name} poistettiin taloudestasi.</translation>
    </message>
    <message>
        <source>{role} · in the household since {date}</source>
        <translation>{role} · taloudessa {date} alkaen</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>A request goes to {phone}, the number on the form. Their certificate&apos;s name must be the name typed.</source>
        <translation>Pyyntö lähtee lomakkeen numeroon {phone}. Varmenteen nimen on oltava sama kuin kirjoitettu nimi.</translation>
    </message>
    <message>
        <source>A request goes to {phone}. The member enters their mobile certificate PIN.</source>
        <translation>Pyyntö lähtee numeroon {phone}. Jäsen näppäilee mobiilivarmenteensa PIN-koodin.</translation>
    </message>
    <message>
        <source>Back to the details</source>
        <translation>Takaisin tietoihin</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Confirm on the phone on file</source>
        <translation>Vahvistus rekisterissä olevaan puhelimeen</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Vioittunut</translation>
    </message>
    <message>
        <source>Find another member</source>
        <translation>Hae toinen jäsen</translation>
    </message>
    <message>
        <source>How does {name} prove who they are?</source>
        <translation>Miten {name} todistaa henkilöllisyytensä?</translation>
    </message>
    <message>
        <source>Lost or stolen</source>
        <translation>Kadonnut tai varastettu</translation>
    </message>
    <message>
        <source>Member found: {name}</source>
        <translation>Jäsen löytyi: {name}</translation>
    </message>
    <message>
        <source>Not possible: no mobile certificate on file. Check an identity document.</source>
        <translation>Ei mahdollinen: rekisterissä ei ole mobiilivarmennetta. Tarkista henkilöllisyystodistus.</translation>
    </message>
    <message>
        <source>Phone: {phone} · Cards in use: {cards}</source>
        <translation>Puhelin: {phone} · Käytössä olevat kortit: {cards}</translation>
    </message>
    <message>
        <source>Their own mobile certificate</source>
        <translation>Oma mobiilivarmenne</translation>
    </message>
    <message>
        <source>Type their mobile number on the form first.</source>
        <translation>Kirjoita ensin matkapuhelinnumero lomakkeelle.</translation>
    </message>
    <message>
        <source>What happened to the old card?</source>
        <translation>Mitä vanhalle kortille tapahtui?</translation>
    </message>
    <message>
        <source>no card in use</source>
        <translation>ei käytössä olevaa korttia</translation>
    </message>
    <message>
        <source>no phone number on file</source>
        <translation>ei puhelinnumeroa rekisterissä</translation>
    </message>
</context>
<context>
    <name>IdleWarningOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Oletko vielä paikalla?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message numerus="yes">
        <source>Each time you ask, you get %n more minutes.</source>
        <translation>
            <numerusform>Saat joka pyynnöstä %n minuutin lisää.</numerusform>
            <numerusform>Saat joka pyynnöstä %n minuuttia lisää.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Tarvitsen lisää aikaa</translation>
    </message>
    <message numerus="yes">
        <source>Your session ends in %n seconds</source>
        <translation>
            <numerusform>Asiointisi päättyy %n sekunnin kuluttua</numerusform>
            <numerusform>Asiointisi päättyy %n sekunnin kuluttua</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Owner-customer service</source>
        <translation>Omistaja-asiakaspalvelu</translation>
    </message>
</context>
<context>
    <name>LoadState</name>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>This could not be shown right now.</source>
        <translation>Tätä ei voitu näyttää juuri nyt.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>We could not reach the service. Check back in a moment.</source>
        <translation>Palveluun ei saatu yhteyttä. Yritä hetken päästä uudelleen.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Virheet</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Loki</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Varoitukset ja virheet</translation>
    </message>
    <message>
        <source>{count} lines of the last {kept}</source>
        <translation>{count} riviä viimeisistä {kept}</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <source>By personal identity code</source>
        <translation>Henkilötunnuksella</translation>
    </message>
    <message>
        <source>By phone number</source>
        <translation>Puhelinnumerolla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Hae</translation>
    </message>
    <message>
        <source>Find the member</source>
        <translation>Hae jäsen</translation>
    </message>
    <message>
        <source>Only the number on file is used: the confirmation goes there, never to a number typed here.</source>
        <translation>Vain rekisterissä olevaa numeroa käytetään: vahvistuspyyntö lähtee sinne, ei koskaan tähän kirjoitettuun numeroon.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Haetaan…</translation>
    </message>
    <message>
        <source>The member&apos;s mobile phone number</source>
        <translation>Jäsenen matkapuhelinnumero</translation>
    </message>
    <message>
        <source>The member&apos;s personal identity code</source>
        <translation>Jäsenen henkilötunnus</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>10–3600 s</source>
        <translation>10–3600 s</translation>
    </message>
    <message>
        <source>1–65535; network printers use 9100</source>
        <translation>1–65535; verkkotulostimet käyttävät porttia 9100</translation>
    </message>
    <message>
        <source>1–{max}; lower it for a printer with a small buffer</source>
        <translation>1–{max}; pienennä, jos tulostimen puskuri on pieni</translation>
    </message>
    <message>
        <source>80 mm paper: 576 (203 dpi) or 512 (180 dpi); 58 mm: 384</source>
        <translation>80 mm:n paperi: 576 (203 dpi) tai 512 (180 dpi); 58 mm: 384</translation>
    </message>
    <message>
        <source>A device such as /dev/usb/lp0, or a folder</source>
        <translation>Laite, esimerkiksi /dev/usb/lp0, tai kansio</translation>
    </message>
    <message>
        <source>A whole number, without decimals.</source>
        <translation>Kokonaisluku ilman desimaaleja.</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Taustapalvelu</translation>
    </message>
    <message>
        <source>Backend URL</source>
        <translation>Taustapalvelun osoite</translation>
    </message>
    <message>
        <source>Band rows</source>
        <translation>Kaistan rivit</translation>
    </message>
    <message>
        <source>Cannot be reached ({code}).</source>
        <translation>Ei tavoitettavissa ({code}).</translation>
    </message>
    <message>
        <source>Cannot be reached securely: its TLS certificate is refused.</source>
        <translation>Ei tavoitettavissa turvallisesti: sen TLS-varmennetta ei hyväksytä.</translation>
    </message>
    <message>
        <source>Cannot be reached: no answer in time.</source>
        <translation>Ei tavoitettavissa: vastausta ei tullut ajoissa.</translation>
    </message>
    <message>
        <source>Cannot be reached: no connection to that address.</source>
        <translation>Ei tavoitettavissa: osoitteeseen ei saada yhteyttä.</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Kortinlukija</translation>
    </message>
    <message>
        <source>Card reader pattern</source>
        <translation>Kortinlukijan tunniste</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Tarkistetaan</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Oletuskieli</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Levytila</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Vika</translation>
    </message>
    <message>
        <source>Fill this in.</source>
        <translation>Täytä tämä.</translation>
    </message>
    <message>
        <source>Hides the mouse pointer on the kiosk&apos;s screen</source>
        <translation>Piilottaa hiiren osoittimen kioskin näytöltä</translation>
    </message>
    <message>
        <source>Idle timeout (s)</source>
        <translation>Käyttämättömyysaika (s)</translation>
    </message>
    <message>
        <source>Idle warning (s)</source>
        <translation>Käyttämättömyysvaroitus (s)</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Viimeisin virhe</translation>
    </message>
    <message>
        <source>Less than the idle timeout</source>
        <translation>Vähemmän kuin käyttämättömyysaika</translation>
    </message>
    <message>
        <source>Matches none of the readers: {readers}.</source>
        <translation>Ei vastaa yhtäkään lukijaa: {readers}.</translation>
    </message>
    <message>
        <source>Matches nothing: no card reader is connected.</source>
        <translation>Ei vastaa mitään: kortinlukijaa ei ole kytketty.</translation>
    </message>
    <message>
        <source>Mobile certificate service</source>
        <translation>Mobiilivarmennepalvelu</translation>
    </message>
    <message>
        <source>More than 0, at most 10 s</source>
        <translation>Yli 0, enintään 10 s</translation>
    </message>
    <message>
        <source>More than 0, at most 120 s</source>
        <translation>Yli 0, enintään 120 s</translation>
    </message>
    <message>
        <source>More than 0, at most 30 s</source>
        <translation>Yli 0, enintään 30 s</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>No card in the reader. Insert the card to test and try again.</source>
        <translation>Lukijassa ei ole korttia. Aseta testattava kortti ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>No card reader to read it with.</source>
        <translation>Ei kortinlukijaa, jolla sen voisi lukea.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Ei ole luku.</translation>
    </message>
    <message>
        <source>Not a port: ports are 1–65535.</source>
        <translation>Ei ole portti: portit ovat 1–65535.</translation>
    </message>
    <message>
        <source>Not accepted: {rule}.</source>
        <translation>Ei hyväksytä: {rule}.</translation>
    </message>
    <message>
        <source>Not our card: it has no owner-card application.</source>
        <translation>Ei meidän korttimme: siinä ei ole omistajakorttisovellusta.</translation>
    </message>
    <message>
        <source>Not permitted on this terminal: the kiosk may not restart the card reader service (see deploy/polkit).</source>
        <translation>Ei sallittu tällä päätteellä: kioski ei saa käynnistää kortinlukijapalvelua uudelleen (katso deploy/polkit).</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Paperin leveys</translation>
    </message>
    <message>
        <source>Part of the reader&apos;s name, e.g. Identiv; empty: the first reader</source>
        <translation>Osa lukijan nimestä, esim. Identiv; tyhjä: ensimmäinen lukija</translation>
    </message>
    <message>
        <source>Printer connect timeout (s)</source>
        <translation>Tulostimen yhteyden aikaraja (s)</translation>
    </message>
    <message>
        <source>Printer device or folder</source>
        <translation>Tulostimen laite tai kansio</translation>
    </message>
    <message>
        <source>Printer host</source>
        <translation>Tulostimen osoite</translation>
    </message>
    <message>
        <source>Printer job timeout (s)</source>
        <translation>Tulostustyön aikaraja (s)</translation>
    </message>
    <message>
        <source>Printer port</source>
        <translation>Tulostimen portti</translation>
    </message>
    <message>
        <source>Printer status timeout (s)</source>
        <translation>Tulostimen tilan aikaraja (s)</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Kuittitulostin</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Something answers at this address, but not as the kiosk&apos;s backend does: is the address right?</source>
        <translation>Osoitteessa vastaa jokin, mutta ei niin kuin kioskin taustapalvelu: onko osoite oikein?</translation>
    </message>
    <message>
        <source>The backend at this address answers, but refuses this kiosk&apos;s credential: is it the right backend?</source>
        <translation>Tämän osoitteen taustapalvelu vastaa, mutta hylkää tämän kioskin tunnukset: onko se oikea taustapalvelu?</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out and insert it again.</source>
        <translation>Korttia ei voitu lukea. Ota se pois ja aseta uudelleen.</translation>
    </message>
    <message>
        <source>The card is in use or does not answer. Take it out and insert it again.</source>
        <translation>Kortti on käytössä tai ei vastaa. Ota se pois ja aseta uudelleen.</translation>
    </message>
    <message>
        <source>The card reader service does not answer, so the pattern cannot be checked.</source>
        <translation>Kortinlukijapalvelu ei vastaa, joten tunnistetta ei voi tarkistaa.</translation>
    </message>
    <message>
        <source>The card reader service was restarted.</source>
        <translation>Kortinlukijapalvelu käynnistettiin uudelleen.</translation>
    </message>
    <message>
        <source>The language the start screen speaks</source>
        <translation>Kieli, jolla aloitusnäyttö puhuu</translation>
    </message>
    <message>
        <source>The printer&apos;s host name or IP address</source>
        <translation>Tulostimen nimi tai IP-osoite</translation>
    </message>
    <message>
        <source>The restart failed: see the log.</source>
        <translation>Uudelleenkäynnistys epäonnistui: katso loki.</translation>
    </message>
    <message>
        <source>The settings file cannot be read.</source>
        <translation>Asetustiedostoa ei voi lukea.</translation>
    </message>
    <message>
        <source>The settings file could not be written (permissions or disk). Nothing changed.</source>
        <translation>Asetustiedostoa ei voitu kirjoittaa (oikeudet tai levy). Mikään ei muuttunut.</translation>
    </message>
    <message>
        <source>The settings file is not valid TOML: it must be fixed by hand.</source>
        <translation>Asetustiedosto ei ole kelvollista TOMLia: se on korjattava käsin.</translation>
    </message>
    <message>
        <source>These values cannot be changed safely in this file: it must be edited by hand.</source>
        <translation>Näitä arvoja ei voi muuttaa turvallisesti tässä tiedostossa: sitä on muokattava käsin.</translation>
    </message>
    <message>
        <source>This kiosk uses a simulated card reader: there is no service to restart.</source>
        <translation>Tämä kioski käyttää simuloitua kortinlukijaa: uudelleenkäynnistettävää palvelua ei ole.</translation>
    </message>
    <message>
        <source>This terminal has no systemctl to restart it with.</source>
        <translation>Tällä päätteellä ei ole systemctl-komentoa, jolla sen voisi käynnistää uudelleen.</translation>
    </message>
    <message>
        <source>Touch only (no mouse pointer)</source>
        <translation>Vain kosketus (ei hiiren osoitinta)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ei tiedossa</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>a card is in</source>
        <translation>kortti on paikallaan</translation>
    </message>
    <message>
        <source>a card is in, but does not answer</source>
        <translation>kortti on paikallaan, mutta ei vastaa</translation>
    </message>
    <message>
        <source>a card is in, in use</source>
        <translation>kortti on paikallaan ja käytössä</translation>
    </message>
    <message>
        <source>a staff card</source>
        <translation>henkilökunnan kortti</translation>
    </message>
    <message>
        <source>a technician card</source>
        <translation>huoltoteknikon kortti</translation>
    </message>
    <message>
        <source>an owner card</source>
        <translation>omistajakortti</translation>
    </message>
    <message>
        <source>an unexpected error: see the log</source>
        <translation>odottamaton virhe: katso loki</translation>
    </message>
    <message>
        <source>answers in {value} ms</source>
        <translation>vastaa {value} ms:ssa</translation>
    </message>
    <message>
        <source>answers slowly: {value} ms</source>
        <translation>vastaa hitaasti: {value} ms</translation>
    </message>
    <message>
        <source>answers the backend ({value} ms)</source>
        <translation>vastaa taustapalvelulle ({value} ms)</translation>
    </message>
    <message>
        <source>answers the backend, but not as expected</source>
        <translation>vastaa taustapalvelulle, mutta ei odotetusti</translation>
    </message>
    <message>
        <source>answers with an error ({value})</source>
        <translation>vastaa virheellä ({value})</translation>
    </message>
    <message>
        <source>busy printing</source>
        <translation>tulostaa</translation>
    </message>
    <message>
        <source>cannot be asked: the backend does not answer</source>
        <translation>ei voi kysyä: taustapalvelu ei vastaa</translation>
    </message>
    <message>
        <source>cannot be used</source>
        <translation>ei käytettävissä</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <source>certificate could not be checked</source>
        <translation>varmennetta ei voitu tarkistaa</translation>
    </message>
    <message>
        <source>certificate expires in {value} days: renew it</source>
        <translation>varmenne vanhenee {value} päivän kuluttua: uusi se</translation>
    </message>
    <message>
        <source>certificate has expired</source>
        <translation>varmenne on vanhentunut</translation>
    </message>
    <message>
        <source>certificate is for another host name</source>
        <translation>varmenne on toiselle palvelimen nimelle</translation>
    </message>
    <message>
        <source>certificate not issued by a trusted CA</source>
        <translation>varmennetta ei ole myöntänyt luotettu varmentaja</translation>
    </message>
    <message>
        <source>certificate not valid yet: check the clock</source>
        <translation>varmenne ei ole vielä voimassa: tarkista kello</translation>
    </message>
    <message>
        <source>certificate refused</source>
        <translation>varmenne hylätty</translation>
    </message>
    <message>
        <source>certificate valid, {value} days left</source>
        <translation>varmenne voimassa, {value} päivää jäljellä</translation>
    </message>
    <message>
        <source>clock in time ({value} s)</source>
        <translation>kello ajassa ({value} s)</translation>
    </message>
    <message>
        <source>clock {value} s off the backend&apos;s</source>
        <translation>kello {value} s eri aikaan kuin taustapalvelun</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>kansi auki</translation>
    </message>
    <message>
        <source>does not answer in time</source>
        <translation>ei vastaa ajoissa</translation>
    </message>
    <message>
        <source>does not answer the backend</source>
        <translation>ei vastaa taustapalvelulle</translation>
    </message>
    <message>
        <source>does not answer: no connection</source>
        <translation>ei vastaa: ei yhteyttä</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tyhjä</translation>
    </message>
    <message>
        <source>https://host (plain http:// only on this machine)</source>
        <translation>https://palvelin (pelkkä http:// vain tällä koneella)</translation>
    </message>
    <message>
        <source>in use: {value}</source>
        <translation>käytössä: {value}</translation>
    </message>
    <message>
        <source>no TLS on that port</source>
        <translation>portissa ei ole TLS:ää</translation>
    </message>
    <message>
        <source>no card reader connected</source>
        <translation>kortinlukijaa ei ole kytketty</translation>
    </message>
    <message>
        <source>no reader matches the pattern “{value}”</source>
        <translation>mikään lukija ei vastaa tunnistetta ”{value}”</translation>
    </message>
    <message>
        <source>none since the kiosk started</source>
        <translation>ei yhtään kioskin käynnistyksen jälkeen</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>ei vastaa</translation>
    </message>
    <message>
        <source>not set up at the backend: members cannot confirm</source>
        <translation>ei käyttöönotettu taustapalvelussa: jäsenet eivät voi vahvistaa</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>ei verkossa</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>paperi loppu</translation>
    </message>
    <message>
        <source>paper near end: change the roll soon</source>
        <translation>paperi loppumassa: vaihda rulla pian</translation>
    </message>
    <message>
        <source>plain HTTP on this machine</source>
        <translation>pelkkä HTTP tällä koneella</translation>
    </message>
    <message>
        <source>plain HTTP: the connection is not encrypted</source>
        <translation>pelkkä HTTP: yhteys ei ole salattu</translation>
    </message>
    <message>
        <source>readers connected: {value}</source>
        <translation>lukijoita kytketty: {value}</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>refuses the backend&apos;s credentials</source>
        <translation>hylkää taustapalvelun tunnukset</translation>
    </message>
    <message>
        <source>refuses the secure connection</source>
        <translation>hylkää suojatun yhteyden</translation>
    </message>
    <message>
        <source>refuses this kiosk&apos;s credential</source>
        <translation>hylkää tämän kioskin tunnukset</translation>
    </message>
    <message>
        <source>simulated: {value}</source>
        <translation>simuloitu: {value}</translation>
    </message>
    <message>
        <source>the backend did not answer</source>
        <translation>taustapalvelu ei vastannut</translation>
    </message>
    <message>
        <source>the backend did not answer in time</source>
        <translation>taustapalvelu ei vastannut ajoissa</translation>
    </message>
    <message>
        <source>the backend failed</source>
        <translation>taustapalvelu epäonnistui</translation>
    </message>
    <message>
        <source>the backend refused this kiosk&apos;s credential</source>
        <translation>taustapalvelu hylkäsi tämän kioskin tunnukset</translation>
    </message>
    <message>
        <source>the backend&apos;s certificate was refused</source>
        <translation>taustapalvelun varmenne hylättiin</translation>
    </message>
    <message>
        <source>the card in it does not answer</source>
        <translation>siinä oleva kortti ei vastaa</translation>
    </message>
    <message>
        <source>the card reader service (pcscd) does not answer</source>
        <translation>kortinlukijapalvelu (pcscd) ei vastaa</translation>
    </message>
    <message>
        <source>the card reader was not available</source>
        <translation>kortinlukija ei ollut käytettävissä</translation>
    </message>
    <message>
        <source>the maintenance session has ended</source>
        <translation>huoltoistunto on päättynyt</translation>
    </message>
    <message>
        <source>the mobile certificate service did not answer</source>
        <translation>mobiilivarmennepalvelu ei vastannut</translation>
    </message>
    <message>
        <source>the reader cannot be used</source>
        <translation>lukijaa ei voi käyttää</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} vrk {hours} h</translation>
    </message>
    <message>
        <source>{gb} GB</source>
        <translation>{gb} Gt</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <translation>{mb} Mt</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{value} free</source>
        <translation>{value} vapaana</translation>
    </message>
</context>
<context>
    <name>MaintenanceView</name>
    <message>
        <source>Actions</source>
        <translation>Toiminnot</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Kortinlukija</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Loki</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Huoltotila</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Tulostin</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Technician {name}. Every action here is recorded.</source>
        <translation>Huoltoteknikko {name}. Jokainen toiminto täällä kirjataan.</translation>
    </message>
</context>
<context>
    <name>MaskedValue</name>
    <message>
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
</context>
<context>
    <name>MemberCardPage</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Keep the card in the reader.</source>
        <translation>Pidä kortti lukijassa.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Luetaan korttia…</translation>
    </message>
    <message>
        <source>Take the card out</source>
        <translation>Ota kortti pois</translation>
    </message>
    <message>
        <source>Take your staff card out of the reader</source>
        <translation>Ota henkilökunnan korttisi pois lukijasta</translation>
    </message>
    <message>
        <source>The card proves itself; no mobile certificate is needed for this step.</source>
        <translation>Kortti todistaa itsensä; tässä vaiheessa mobiilivarmennetta ei tarvita.</translation>
    </message>
    <message>
        <source>The member inserts their owner card</source>
        <translation>Jäsen asettaa omistaja-asiakaskorttinsa lukijaan</translation>
    </message>
    <message>
        <source>The member&apos;s card</source>
        <translation>Jäsenen kortti</translation>
    </message>
    <message>
        <source>The owner member inserts their owner card</source>
        <translation>Omistajajäsen asettaa omistaja-asiakaskorttinsa lukijaan</translation>
    </message>
    <message>
        <source>The owner member&apos;s card</source>
        <translation>Omistajajäsenen kortti</translation>
    </message>
    <message>
        <source>The owner then confirms with their mobile certificate: that is their consent to adding a family member.</source>
        <translation>Sitten omistaja vahvistaa mobiilivarmenteellaan: se on hänen suostumuksensa perheenjäsenen lisäämiseen.</translation>
    </message>
    <message>
        <source>The staff session stays open under your name until this is finished or cancelled.</source>
        <translation>Henkilökunnan istunto pysyy avoinna nimissäsi, kunnes asiointi on valmis tai peruttu.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yritä uudelleen</translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <source>Add a family member to a household</source>
        <translation>Lisää perheenjäsen talouteen</translation>
    </message>
    <message>
        <source>Add or change a member&apos;s mobile number</source>
        <translation>Lisää tai vaihda jäsenen matkapuhelinnumero</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Find the member, confirm who they are, link a new card from stock.</source>
        <translation>Hae jäsen, varmista henkilöllisyys ja liitä uusi kortti varastosta.</translation>
    </message>
    <message>
        <source>Hello, {name}!</source>
        <translation>Hei, {name}!</translation>
    </message>
    <message>
        <source>My actions today</source>
        <translation>Tämän päivän toimeni</translation>
    </message>
    <message>
        <source>Replace a lost or damaged card</source>
        <translation>Korvaa kadonnut tai vioittunut kortti</translation>
    </message>
    <message>
        <source>Sign out and take your card.</source>
        <translation>Kirjaudu ulos ja ota korttisi.</translation>
    </message>
    <message>
        <source>Staff menu · signed in as {name}. Take your card out when a member&apos;s card is needed; the flow goes on under your name.</source>
        <translation>Henkilökunnan valikko · kirjautuneena {name}. Ota korttisi pois, kun jäsenen korttia tarvitaan; asiointi jatkuu nimissäsi.</translation>
    </message>
    <message>
        <source>The member&apos;s card and an identity document; the new number is confirmed.</source>
        <translation>Jäsenen kortti ja henkilöllisyystodistus; uusi numero vahvistetaan.</translation>
    </message>
    <message>
        <source>The owner confirms with their mobile certificate; a new card from stock.</source>
        <translation>Omistaja vahvistaa mobiilivarmenteella; uusi kortti varastosta.</translation>
    </message>
    <message>
        <source>What you have done at this kiosk today.</source>
        <translation>Mitä olet tehnyt tällä päätteellä tänään.</translation>
    </message>
</context>
<context>
    <name>NoticeView</name>
    <message>
        <source>Please take your card from the reader.</source>
        <translation>Ota korttisi lukijasta.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Insert your card again to continue.</source>
        <translation>Jatka asettamalla korttisi uudelleen lukijaan.</translation>
    </message>
    <message>
        <source>Please contact the staff at the checkout.</source>
        <translation>Kysy apua kassalta.</translation>
    </message>
    <message>
        <source>Please insert your owner card. Payment cards and other cards do not work here.</source>
        <translation>Aseta lukijaan omistaja-asiakaskorttisi. Maksukortit ja muut kortit eivät toimi tässä.</translation>
    </message>
    <message>
        <source>Please try again in a moment.</source>
        <translation>Yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong</source>
        <translation>Pahoittelemme, jokin meni vikaan</translation>
    </message>
    <message>
        <source>Staff functions are in the maintenance menu.</source>
        <translation>Henkilökunnan toiminnot löytyvät huoltovalikosta.</translation>
    </message>
    <message>
        <source>Staff have been notified.</source>
        <translation>Henkilökunta on saanut tiedon.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again.</source>
        <translation>Ota kortti pois ja aseta se uudelleen lukijaan.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again. If it happens again, please contact the staff at the checkout.</source>
        <translation>Ota kortti pois ja aseta se uudelleen. Jos näin käy uudestaan, käänny kassan henkilökunnan puoleen.</translation>
    </message>
    <message>
        <source>The PIN was entered wrong too many times. Ask your supervisor to unlock it.</source>
        <translation>PIN-koodi on näppäilty väärin liian monta kertaa. Pyydä esihenkilöäsi avaamaan kortin lukitus.</translation>
    </message>
    <message>
        <source>The card answered too slowly</source>
        <translation>Kortti vastasi liian hitaasti</translation>
    </message>
    <message>
        <source>The card could not be read</source>
        <translation>Korttia ei voitu lukea</translation>
    </message>
    <message>
        <source>The card could not be verified</source>
        <translation>Korttia ei voitu tarkistaa</translation>
    </message>
    <message>
        <source>The service is busy right now</source>
        <translation>Palvelu on juuri nyt ruuhkautunut</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable</source>
        <translation>Palvelussa on tilapäinen häiriö</translation>
    </message>
    <message>
        <source>This card has been reported lost</source>
        <translation>Tämä kortti on ilmoitettu kadonneeksi</translation>
    </message>
    <message>
        <source>This card is locked</source>
        <translation>Kortti on lukittu</translation>
    </message>
    <message>
        <source>This card is no longer valid</source>
        <translation>Tämä kortti ei ole enää voimassa</translation>
    </message>
    <message>
        <source>This is a staff card</source>
        <translation>Tämä on henkilökunnan kortti</translation>
    </message>
    <message>
        <source>This is not our owner card</source>
        <translation>Tämä ei ole omistaja-asiakaskorttimme</translation>
    </message>
    <message>
        <source>This kiosk is out of order</source>
        <translation>Tämä pääte on epäkunnossa</translation>
    </message>
    <message>
        <source>We do not recognise this card</source>
        <translation>Emme tunnista tätä korttia</translation>
    </message>
    <message>
        <source>We returned to the start. Please try again.</source>
        <translation>Palasimme alkuun. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Your session has ended</source>
        <translation>Asiointisi on päättynyt</translation>
    </message>
    <message>
        <source>Your staff access has been withdrawn</source>
        <translation>Henkilökunnan käyttöoikeutesi on peruttu</translation>
    </message>
    <message>
        <source>Your staff session has ended. What was not finished was not saved. Please ask your supervisor.</source>
        <translation>Henkilökunnan istuntosi on päättynyt. Keskeneräistä ei tallennettu. Käänny esihenkilösi puoleen.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Backspace</source>
        <translation>Askelpalautin</translation>
    </message>
    <message>
        <source>Caps lock</source>
        <translation>Vaihtolukko</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Kirjaimet</translation>
    </message>
    <message>
        <source>Numbers and symbols</source>
        <translation>Numerot ja merkit</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Vaihto</translation>
    </message>
    <message>
        <source>space</source>
        <translation>välilyönti</translation>
    </message>
</context>
<context>
    <name>OutputOverlay</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>For your privacy the code works only for a short while.</source>
        <translation>Tietojesi suojaamiseksi koodi toimii vain hetken.</translation>
    </message>
    <message>
        <source>If part of the receipt came out of the printer, tear it off and take it with you: it shows your purchases. It is not a complete receipt, so you can throw it away.</source>
        <translation>Jos osa kuitista tuli ulos tulostimesta, repäise se irti ja ota mukaasi: siinä näkyvät ostoksesi. Se ei ole kokonainen kuitti, joten voit heittää sen pois.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Tee uusi koodi</translation>
    </message>
    <message>
        <source>Making the link…</source>
        <translation>Linkkiä tehdään…</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>Hetki vain.</translation>
    </message>
    <message>
        <source>Open your phone&apos;s camera and point it at the code. The receipt opens in the browser, where you can also save it.</source>
        <translation>Avaa puhelimen kamera ja osoita sillä koodia. Kuitti avautuu selaimeen, jossa voit myös tallentaa sen.</translation>
    </message>
    <message>
        <source>Preparing your receipt…</source>
        <translation>Kuittia valmistellaan…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Tulostetaan…</translation>
    </message>
    <message>
        <source>QR code: opens the receipt on your phone</source>
        <translation>QR-koodi: avaa kuitin puhelimeesi</translation>
    </message>
    <message>
        <source>QR code: opens the warranty receipt on your phone</source>
        <translation>QR-koodi: avaa takuukuitin puhelimeesi</translation>
    </message>
    <message>
        <source>QR code: opens your register data on your phone</source>
        <translation>QR-koodi: avaa rekisteritietosi puhelimeesi</translation>
    </message>
    <message>
        <source>Scan the code with your phone</source>
        <translation>Skannaa koodi puhelimellasi</translation>
    </message>
    <message>
        <source>Something went wrong on our side. Please try again.</source>
        <translation>Meillä tapahtui virhe. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Take to phone instead</source>
        <translation>Siirrä puhelimeen</translation>
    </message>
    <message>
        <source>Take your receipt</source>
        <translation>Ota kuitti</translation>
    </message>
    <message numerus="yes">
        <source>The code works until {time} (%n minutes).</source>
        <translation>
            <numerusform>Koodi toimii klo {time} asti (%n minuutti).</numerusform>
            <numerusform>Koodi toimii klo {time} asti (%n minuuttia).</numerusform>
        </translation>
    </message>
    <message>
        <source>The link has expired</source>
        <translation>Linkki on vanhentunut</translation>
    </message>
    <message>
        <source>The printer cannot print right now</source>
        <translation>Tulostin ei voi tulostaa juuri nyt</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>Tulostin ei vastaa.</translation>
    </message>
    <message>
        <source>The printer is not ready.</source>
        <translation>Tulostin ei ole valmis.</translation>
    </message>
    <message>
        <source>The printer is offline.</source>
        <translation>Tulostin ei ole käytettävissä.</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>Tulostimesta on loppunut paperi.</translation>
    </message>
    <message>
        <source>The printer is still busy with an earlier receipt.</source>
        <translation>Tulostin tulostaa vielä edellistä kuittia.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open.</source>
        <translation>Tulostimen kansi on auki.</translation>
    </message>
    <message>
        <source>The receipt as it is printed</source>
        <translation>Kuitti sellaisena kuin se tulostuu</translation>
    </message>
    <message>
        <source>The receipt was not printed</source>
        <translation>Kuittia ei tulostettu</translation>
    </message>
    <message>
        <source>The warranty receipt as it is printed</source>
        <translation>Takuukuitti sellaisena kuin se tulostuu</translation>
    </message>
    <message>
        <source>This could not be done right now</source>
        <translation>Tätä ei voitu tehdä juuri nyt</translation>
    </message>
    <message>
        <source>This receipt is no longer available.</source>
        <translation>Tämä kuitti ei ole enää saatavilla.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Try printing again</source>
        <translation>Yritä tulostaa uudelleen</translation>
    </message>
    <message>
        <source>We could not reach the service. Please try again in a moment.</source>
        <translation>Palveluun ei saatu yhteyttä. Yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <source>You can take the receipt to your phone instead: scan a QR code with the phone&apos;s camera.</source>
        <translation>Voit ottaa kuitin sen sijaan puhelimeesi: skannaa QR-koodi puhelimen kameralla.</translation>
    </message>
    <message>
        <source>Your receipt is being printed.</source>
        <translation>Kuittiasi tulostetaan.</translation>
    </message>
    <message>
        <source>Your receipt is waiting in the printer below the screen.</source>
        <translation>Kuitti odottaa sinua tulostimessa näytön alla.</translation>
    </message>
    <message>
        <source>Your register data as it is printed</source>
        <translation>Rekisteritietosi sellaisina kuin ne tulostuvat</translation>
    </message>
</context>
<context>
    <name>ParticipatePage</name>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n vastaus</numerusform>
            <numerusform>%n vastausta</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Completed: see the results</source>
        <translation>Päättyneet: katso tulokset</translation>
    </message>
    <message>
        <source>Customer panels</source>
        <translation>Asiakaspaneelit</translation>
    </message>
    <message>
        <source>Join a panel on a topic that interests you: panel members get surveys and help decide what we do next. You can leave at any time.</source>
        <translation>Liity sinua kiinnostavan aiheen paneeliin: paneelin jäsenet saavat kyselyitä ja pääsevät vaikuttamaan siihen, mitä teemme seuraavaksi. Voit erota milloin tahansa.</translation>
    </message>
    <message>
        <source>Join a panel to take part in its surveys and see their results.</source>
        <translation>Liity paneeliin, niin voit osallistua sen kyselyihin ja nähdä niiden tulokset.</translation>
    </message>
    <message>
        <source>Join the panel</source>
        <translation>Liity paneeliin</translation>
    </message>
    <message>
        <source>Join “{panel}”?</source>
        <translation>Liitytkö paneeliin ”{panel}”?</translation>
    </message>
    <message>
        <source>Joining did not succeed, so nothing changed. Please try again later.</source>
        <translation>Liittyminen ei onnistunut, eikä mikään muuttunut. Yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Liitytään…</translation>
    </message>
    <message>
        <source>Leave the panel</source>
        <translation>Eroa paneelista</translation>
    </message>
    <message>
        <source>Leave “{panel}”?</source>
        <translation>Eroatko paneelista ”{panel}”?</translation>
    </message>
    <message>
        <source>Leaving did not succeed, so you are still a member. Please try again later.</source>
        <translation>Eroaminen ei onnistunut, joten olet yhä jäsen. Yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>Leaving…</source>
        <translation>Erotaan…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Jäsen</translation>
    </message>
    <message>
        <source>Member since {date}</source>
        <translation>Jäsen {date} alkaen</translation>
    </message>
    <message>
        <source>No survey of your panels is open right now.</source>
        <translation>Paneeleissasi ei ole juuri nyt avoimia kyselyitä.</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Et ole jäsen</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Avoinna nyt</translation>
    </message>
    <message>
        <source>Thank you! Your answers to “{survey}” were counted. The results are shown here when the survey closes.</source>
        <translation>Kiitos! Vastauksesi kyselyyn ”{survey}” on laskettu mukaan. Tulokset näkyvät täällä, kun kysely päättyy.</translation>
    </message>
    <message>
        <source>We could not reach the service, so you are still a member. Please try again in a moment.</source>
        <translation>Emme saaneet yhteyttä palveluun, joten olet yhä jäsen. Yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <source>We could not reach the service, so you did not join. Please try again in a moment.</source>
        <translation>Emme saaneet yhteyttä palveluun, joten liittyminen ei onnistunut. Yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <source>Welcome to the panel! Its surveys will now come to you.</source>
        <translation>Tervetuloa paneeliin! Saat nyt sen kyselyt.</translation>
    </message>
    <message>
        <source>Yes, join</source>
        <translation>Kyllä, liity</translation>
    </message>
    <message>
        <source>Yes, leave</source>
        <translation>Kyllä, eroa</translation>
    </message>
    <message>
        <source>You had already answered “{survey}”. Your earlier answers count; each member answers once.</source>
        <translation>Olit jo vastannut kyselyyn ”{survey}”. Aiemmat vastauksesi ovat voimassa; kukin jäsen vastaa kerran.</translation>
    </message>
    <message>
        <source>You left the panel. You will get no more surveys from it.</source>
        <translation>Erosit paneelista. Et saa siltä enää kyselyitä.</translation>
    </message>
    <message>
        <source>You will get the panel&apos;s surveys, and your answers help shape what we do. You can leave the panel at any time.</source>
        <translation>Saat paneelin kyselyt, ja vastauksesi auttavat meitä kehittämään toimintaamme. Voit erota paneelista milloin tahansa.</translation>
    </message>
    <message>
        <source>You will no longer get surveys from this panel. You can join again later.</source>
        <translation>Et saa enää kyselyitä tästä paneelista. Voit liittyä uudelleen myöhemmin.</translation>
    </message>
    <message>
        <source>Your answers could not be sent right now. Your choices are still here; please try again in a moment.</source>
        <translation>Vastauksiasi ei voitu lähettää juuri nyt. Valintasi ovat yhä tallessa; yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>Your answers were not sent: the service could not be reached. Your choices are still here; please try again.</source>
        <translation>Vastauksiasi ei lähetetty: palveluun ei saatu yhteyttä. Valintasi ovat yhä tallessa; yritä uudelleen.</translation>
    </message>
    <message>
        <source>Your panels have no completed surveys yet.</source>
        <translation>Paneeleissasi ei ole vielä päättyneitä kyselyitä.</translation>
    </message>
    <message>
        <source>Your surveys</source>
        <translation>Sinun kyselysi</translation>
    </message>
    <message>
        <source>{panel} · answered, thank you · results after it closes on {date}</source>
        <translation>{panel} · vastattu, kiitos · tulokset päättymisen {date} jälkeen</translation>
    </message>
    <message numerus="yes">
        <source>{panel} · closed on {date} · %n respondents</source>
        <translation>
            <numerusform>{panel} · päättyi {date} · %n vastaaja</numerusform>
            <numerusform>{panel} · päättyi {date} · %n vastaajaa</numerusform>
        </translation>
    </message>
    <message>
        <source>{panel} · closed on {date} · see the results</source>
        <translation>{panel} · päättyi {date} · katso tulokset</translation>
    </message>
    <message>
        <source>{panel} · open until {date}</source>
        <translation>{panel} · avoinna {date} asti</translation>
    </message>
    <message>
        <source>{panel} · open until {date} · answer now</source>
        <translation>{panel} · avoinna {date} asti · vastaa nyt</translation>
    </message>
    <message>
        <source>“{survey}” closed before your answers arrived, so they were not counted.</source>
        <translation>Kysely ”{survey}” päättyi ennen kuin vastauksesi saapuivat, joten niitä ei laskettu mukaan.</translation>
    </message>
    <message>
        <source>‹ Back to panels</source>
        <translation>‹ Takaisin paneeleihin</translation>
    </message>
</context>
<context>
    <name>PhoneDetailsPage</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Identity document and the new number</source>
        <translation>Henkilöllisyystodistus ja uusi numero</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <source>The identity document you checked</source>
        <translation>Tarkistamasi henkilöllisyystodistus</translation>
    </message>
    <message>
        <source>The member&apos;s mobile certificate requests will come to this number.</source>
        <translation>Jäsenen mobiilivarmenteen tunnistuspyynnöt tulevat tähän numeroon.</translation>
    </message>
    <message>
        <source>The new mobile phone number</source>
        <translation>Uusi matkapuhelinnumero</translation>
    </message>
    <message>
        <source>Will be saved as {number}</source>
        <translation>Tallennetaan muodossa {number}</translation>
    </message>
    <message>
        <source>{name}&apos;s card has proven itself. Check their identity document.</source>
        <translation>Jäsenen {name} kortti on todistanut itsensä. Tarkista henkilöllisyystodistus.</translation>
    </message>
</context>
<context>
    <name>PinView</name>
    <message numerus="yes">
        <source>%n digits typed</source>
        <translation>
            <numerusform>%n numero näppäilty</numerusform>
            <numerusform>%n numeroa näppäilty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tries left.</source>
        <translation>
            <numerusform>%n yritys jäljellä.</numerusform>
            <numerusform>%n yritystä jäljellä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Enter your PIN. It is checked by the card.</source>
        <translation>Näppäile PIN-koodisi. Kortti tarkistaa sen.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation>Henkilökunnan kortti</translation>
    </message>
    <message>
        <source>Technician card</source>
        <translation>Huoltokortti</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Väärä PIN-koodi. %n yritys jäljellä.</numerusform>
            <numerusform>Väärä PIN-koodi. %n yritystä jäljellä.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalView</name>
    <message>
        <source>End session</source>
        <translation>Lopeta asiointi</translation>
    </message>
    <message>
        <source>Hello, {name}!</source>
        <translation>Hei, {name}!</translation>
    </message>
    <message>
        <source>Identity confirmed with mobile certificate</source>
        <translation>Olet tunnistautunut mobiilivarmenteella</translation>
    </message>
    <message>
        <source>Signed in with your card only</source>
        <translation>Olet kirjautunut pelkällä kortilla</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Cut test</source>
        <translation>Leikkuutesti</translation>
    </message>
    <message>
        <source>Cut: the printer confirmed the strip and the cut.</source>
        <translation>Leikattu: tulostin vahvisti liuskan ja leikkauksen.</translation>
    </message>
    <message>
        <source>Not printed: the printer is busy with another job. Nothing was sent.</source>
        <translation>Ei tulostettu: tulostin on varattu toiseen työhön. Mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>Not printed: {reason}.</source>
        <translation>Ei tulostettu: {reason}.</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Tulosta testisivu</translation>
    </message>
    <message>
        <source>Printed: the printer confirmed the whole page. Check it against the preview.</source>
        <translation>Tulostettu: tulostin vahvisti koko sivun. Vertaa sitä esikatseluun.</translation>
    </message>
    <message>
        <source>Printer now</source>
        <translation>Tulostin nyt</translation>
    </message>
    <message>
        <source>Printing and cutting…</source>
        <translation>Tulostetaan ja leikataan…</translation>
    </message>
    <message>
        <source>Printing the test page…</source>
        <translation>Testisivua tulostetaan…</translation>
    </message>
    <message>
        <source>The test page as it prints</source>
        <translation>Testisivu sellaisena kuin se tulostuu</translation>
    </message>
    <message>
        <source>The test page as printed</source>
        <translation>Testisivu tulostettuna</translation>
    </message>
    <message>
        <source>The test page shows the printer&apos;s width with a ruler, å ä ö €, a solid bar and a QR code of this kiosk and the time. The cut test prints a short strip and cuts it.</source>
        <translation>Testisivulla on tulostimen leveys viivaimen kanssa, å ä ö €, musta palkki sekä QR-koodi tästä kioskista ja ajasta. Leikkuutesti tulostaa lyhyen liuskan ja leikkaa sen.</translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <source>A request was sent to {phone}</source>
        <translation>Pyyntö lähetettiin numeroon {phone}</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Peru pyyntö</translation>
    </message>
    <message>
        <source>Check that the phone shows the same code. Then the PIN of the mobile certificate is entered on the phone.</source>
        <translation>Tarkista, että puhelimessa näkyy sama tapahtumatunnus. Sitten mobiilivarmenteen PIN-koodi näppäillään puhelimeen.</translation>
    </message>
    <message>
        <source>Sending the request to the phone…</source>
        <translation>Lähetetään pyyntöä puhelimeen…</translation>
    </message>
    <message>
        <source>Time left {time}</source>
        <translation>Aikaa jäljellä {time}</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>Answer to reset (ATR): {atr}</source>
        <translation>Käynnistysvastaus (ATR): {atr}</translation>
    </message>
    <message>
        <source>Card reader service (pcscd): not answering</source>
        <translation>Kortinlukijapalvelu (pcscd): ei vastaa</translation>
    </message>
    <message>
        <source>Card reader service: answering. Readers: {count}</source>
        <translation>Kortinlukijapalvelu: vastaa. Lukijoita: {count}</translation>
    </message>
    <message>
        <source>Card reader service: checking…</source>
        <translation>Kortinlukijapalvelu: tarkistetaan…</translation>
    </message>
    <message>
        <source>Its PIN is blocked.</source>
        <translation>Sen PIN-koodi on lukittu.</translation>
    </message>
    <message>
        <source>No card reader connected.</source>
        <translation>Kortinlukijaa ei ole kytketty.</translation>
    </message>
    <message>
        <source>None of them matches the pattern “{pattern}”: the kiosk uses no reader.</source>
        <translation>Mikään niistä ei vastaa tunnistetta ”{pattern}”: kioski ei käytä yhtäkään lukijaa.</translation>
    </message>
    <message>
        <source>Our card: {kind}, number {number}.</source>
        <translation>Meidän korttimme: {kind}, numero {number}.</translation>
    </message>
    <message>
        <source>PIN tries left: {tries}.</source>
        <translation>PIN-yrityksiä jäljellä: {tries}.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Luetaan korttia…</translation>
    </message>
    <message>
        <source>Test a card</source>
        <translation>Testaa kortti</translation>
    </message>
    <message>
        <source>You may take your own card out to test another: maintenance stays open until you tap End, or nobody touches the screen for a while. Testing opens no session.</source>
        <translation>Voit ottaa oman korttisi pois ja testata toista: huoltotila pysyy auki, kunnes napautat Lopeta tai kukaan ei kosketa näyttöä hetkeen. Testaus ei avaa istuntoa.</translation>
    </message>
    <message>
        <source>used by the kiosk</source>
        <translation>kioskin käytössä</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <source>Keep the card in the reader.</source>
        <translation>Pidä kortti lukijassa.</translation>
    </message>
    <message>
        <source>Reading your card…</source>
        <translation>Luemme korttiasi…</translation>
    </message>
</context>
<context>
    <name>ReceiptListModel</name>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n tuote</numerusform>
            <numerusform>%n tuotetta</numerusform>
        </translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Nro {number}</translation>
    </message>
</context>
<context>
    <name>ReceiptsPage</name>
    <message numerus="yes">
        <source>%n receipts</source>
        <translation>
            <numerusform>%n kuitti</numerusform>
            <numerusform>%n kuittia</numerusform>
        </translation>
    </message>
    <message>
        <source>All of {year}</source>
        <translation>Koko vuosi {year}</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Kaikki kaupat</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Koko ajalta</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Bonus-eligible purchases</source>
        <translation>Bonukseen oikeuttavat ostot</translation>
    </message>
    <message>
        <source>Card •••• {last4}</source>
        <translation>Kortti •••• {last4}</translation>
    </message>
    <message>
        <source>Choose a month</source>
        <translation>Valitse kuukausi</translation>
    </message>
    <message>
        <source>Choose a month…</source>
        <translation>Valitse kuukausi…</translation>
    </message>
    <message>
        <source>Choose a store</source>
        <translation>Valitse kauppa</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Poista rajaukset</translation>
    </message>
    <message>
        <source>Discount {amount}</source>
        <translation>Alennus {amount}</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Veroton</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Verollinen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Viimeiset 30 päivää</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Viime vuosi</translation>
    </message>
    <message>
        <source>More receipts could not be loaded.</source>
        <translation>Lisää kuitteja ei voitu hakea.</translation>
    </message>
    <message>
        <source>No receipts match</source>
        <translation>Kuitteja ei löytynyt</translation>
    </message>
    <message>
        <source>Over {count} receipts</source>
        <translation>Yli {count} kuittia</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Maksutapa</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <source>Product or receipt number</source>
        <translation>Tuote tai kuitin numero</translation>
    </message>
    <message>
        <source>Receipt number {number}</source>
        <translation>Kuitin numero {number}</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Kuitit</translation>
    </message>
    <message>
        <source>Receipts from every store</source>
        <translation>Kuitit kaikista kaupoista</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Hae</translation>
    </message>
    <message>
        <source>Search receipts</source>
        <translation>Hae kuitteja</translation>
    </message>
    <message>
        <source>Show warranty receipt</source>
        <translation>Näytä takuukuitti</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Myymälä</translation>
    </message>
    <message>
        <source>Take to phone</source>
        <translation>Siirrä puhelimeen</translation>
    </message>
    <message>
        <source>Tap to choose a store</source>
        <translation>Valitse kauppa napauttamalla</translation>
    </message>
    <message>
        <source>These words cannot be searched. Try other words.</source>
        <translation>Näillä sanoilla ei voi hakea. Kokeile muita sanoja.</translation>
    </message>
    <message numerus="yes">
        <source>This purchase has %n warranty receipts.</source>
        <translation>
            <numerusform>Ostoksella on %n takuukuitti.</numerusform>
            <numerusform>Ostoksella on %n takuukuittia.</numerusform>
        </translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tämä vuosi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Try other words or a longer time, or clear the filters.</source>
        <translation>Kokeile muita sanoja tai pidempää aikaa, tai poista rajaukset.</translation>
    </message>
    <message>
        <source>Use at most {count} words.</source>
        <translation>Käytä enintään {count} sanaa.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>ALV-kanta</translation>
    </message>
    <message>
        <source>Warranty receipt {n}</source>
        <translation>Takuukuitti {n}</translation>
    </message>
    <message>
        <source>You have no electronic receipts yet.</source>
        <translation>Sinulla ei ole vielä sähköisiä kuitteja.</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>kpl</translation>
    </message>
    <message>
        <source>{price} each</source>
        <translation>{price}/kpl</translation>
    </message>
    <message>
        <source>{price} per kg</source>
        <translation>{price}/kg</translation>
    </message>
    <message>
        <source>{seller} · Business ID {business_id}</source>
        <translation>{seller} · Y-tunnus {business_id}</translation>
    </message>
    <message>
        <source>‹ Receipts</source>
        <translation>‹ Kuitit</translation>
    </message>
</context>
<context>
    <name>RegisterDataPage</name>
    <message>
        <source>Everything the owner-customer register and the customer register hold about you.</source>
        <translation>Kaikki tiedot, jotka omistaja-asiakasrekisterissä ja asiakasrekisterissä on sinusta.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <source>Register data</source>
        <translation>Rekisteritiedot</translation>
    </message>
    <message>
        <source>Take to phone</source>
        <translation>Siirrä puhelimeen</translation>
    </message>
</context>
<context>
    <name>SavingPage</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Saving the new number</source>
        <translation>Uutta numeroa tallennetaan</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yritä uudelleen</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Confirm with mobile certificate</source>
        <translation>Tunnistaudu mobiilivarmenteella</translation>
    </message>
    <message>
        <source>Confirm your identity to see this</source>
        <translation>Tunnistaudu, niin näet tiedot</translation>
    </message>
    <message>
        <source>This needs a mobile certificate</source>
        <translation>Tämä vaatii mobiilivarmenteen</translation>
    </message>
    <message>
        <source>This section shows your personal information. To protect it, please confirm your identity first.</source>
        <translation>Tässä osiossa näkyvät henkilötietosi. Niiden suojaamiseksi pyydämme sinua tunnistautumaan.</translation>
    </message>
    <message>
        <source>We have no mobile phone number for you. A store clerk can add it here at this kiosk; then you can confirm your identity and see this.</source>
        <translation>Meillä ei ole matkapuhelinnumeroasi. Myymälän henkilökunta voi lisätä sen tässä kioskissa; sen jälkeen voit vahvistaa henkilöllisyytesi ja nähdä tämän.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Change what is needed and tap Save. Nothing is written until every value is accepted; the kiosk uses the new values after a restart.</source>
        <translation>Muuta tarvittavat arvot ja napauta Tallenna. Mitään ei kirjoiteta ennen kuin kaikki arvot hyväksytään; kioski ottaa uudet arvot käyttöön uudelleenkäynnistyksen jälkeen.</translation>
    </message>
    <message>
        <source>Checking the new values…</source>
        <translation>Uusia arvoja tarkistetaan…</translation>
    </message>
    <message>
        <source>Not saved yet: {names}. Read the warning below, then save anyway or change the value.</source>
        <translation>Ei vielä tallennettu: {names}. Lue alla oleva varoitus ja tallenna silti tai muuta arvoa.</translation>
    </message>
    <message>
        <source>Not saved. Nothing was written.</source>
        <translation>Ei tallennettu. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Not saved: the values marked below are not accepted. Nothing was written.</source>
        <translation>Ei tallennettu: alla merkittyjä arvoja ei hyväksytä. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Käynnistä nyt uudelleen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Tallenna silti</translation>
    </message>
    <message>
        <source>Saved: {names}. The old file is kept as a backup. Restart the kiosk to use the new values.</source>
        <translation>Tallennettu: {names}. Vanha tiedosto säilytetään varmuuskopiona. Käynnistä kioski uudelleen, niin uudet arvot tulevat käyttöön.</translation>
    </message>
    <message>
        <source>Set by {variable}: it cannot be changed here.</source>
        <translation>Asetettu muuttujalla {variable}: sitä ei voi muuttaa täällä.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be used here.</source>
        <translation>Asetustiedostoa {path} ei voi käyttää täällä.</translation>
    </message>
    <message>
        <source>This kiosk runs without a settings file (a demo): nothing can be saved here.</source>
        <translation>Tämä kioski toimii ilman asetustiedostoa (esittely): täällä ei voi tallentaa mitään.</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Peru muutokset</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>Card replaced</source>
        <translation>Kortti korvattu</translation>
    </message>
    <message>
        <source>Family member added</source>
        <translation>Perheenjäsen lisätty</translation>
    </message>
    <message>
        <source>Mobile number added or changed</source>
        <translation>Matkapuhelinnumero lisätty tai vaihdettu</translation>
    </message>
    <message>
        <source>Other action</source>
        <translation>Muu toimi</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Kirjautuminen estetty</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Kirjauduttu sisään</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Kirjauduttu ulos</translation>
    </message>
    <message>
        <source>identity: document checked</source>
        <translation>henkilöllisyys: asiakirja tarkistettu</translation>
    </message>
    <message>
        <source>identity: mobile certificate</source>
        <translation>henkilöllisyys: mobiilivarmenne</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Assisted by {name}</source>
        <translation>Avustaa: {name}</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Lopeta</translation>
    </message>
</context>
<context>
    <name>StaffEnrolment</name>
    <message>
        <source>family member</source>
        <translation>perheenjäsen</translation>
    </message>
    <message>
        <source>owner member</source>
        <translation>omistajajäsen</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>(not heard from lately)</source>
        <translation>(ei kuulunut hetkeen)</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>Tämä pääte</translation>
    </message>
    <message>
        <source>{kiosk}: out of paper</source>
        <translation>{kiosk}: paperi loppu</translation>
    </message>
    <message>
        <source>{kiosk}: paper running low</source>
        <translation>{kiosk}: paperi vähissä</translation>
    </message>
</context>
<context>
    <name>StaffParts</name>
    <message>
        <source>ADD A FAMILY MEMBER</source>
        <translation>PERHEENJÄSENEN LISÄÄMINEN</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Ajokortti</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Henkilökortti</translation>
    </message>
    <message>
        <source>MOBILE NUMBER</source>
        <translation>MATKAPUHELINNUMERO</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>REPLACE A CARD</source>
        <translation>KORTIN KORVAAMINEN</translation>
    </message>
    <message>
        <source>{flow} · STEP {number} OF {total}</source>
        <translation>{flow} · VAIHE {number}/{total}</translation>
    </message>
</context>
<context>
    <name>StaffTexts</name>
    <message>
        <source>A member cannot be added to another household here.</source>
        <translation>Jäsentä ei voi lisätä täällä toiseen talouteen.</translation>
    </message>
    <message>
        <source>Adding a family member needs the owner&apos;s consent with their mobile certificate. Add the owner&apos;s number first with &quot;Add or change a member&apos;s mobile number&quot;, then add the family member.</source>
        <translation>Perheenjäsenen lisääminen vaatii omistajajäsenen suostumuksen mobiilivarmenteella. Lisää ensin omistajan numero kohdassa &quot;Lisää tai vaihda jäsenen matkapuhelinnumero&quot; ja lisää sitten perheenjäsen.</translation>
    </message>
    <message>
        <source>Check an identity document instead: ask the member for their passport, identity card or driving licence.</source>
        <translation>Tarkista sen sijaan henkilöllisyystodistus: pyydä jäseneltä passi, henkilökortti tai ajokortti.</translation>
    </message>
    <message>
        <source>Check the spelling of the names on the form with the person, or check an identity document instead.</source>
        <translation>Tarkista nimien kirjoitusasu henkilön kanssa tai tarkista sen sijaan henkilöllisyystodistus.</translation>
    </message>
    <message>
        <source>Finish or cancel the other request on the phone, then try again.</source>
        <translation>Hyväksy tai peru toinen pyyntö puhelimessa ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>Its PIN was entered wrong too many times. The mobile operator can unlock it.</source>
        <translation>Sen PIN-koodi syötettiin väärin liian monta kertaa. Matkapuhelinoperaattori voi avata lukituksen.</translation>
    </message>
    <message>
        <source>No member was found with this number or code. Check it with the member.</source>
        <translation>Tällä numerolla tai tunnuksella ei löytynyt jäsentä. Tarkista se jäseneltä.</translation>
    </message>
    <message>
        <source>Only a few requests can be sent in a short time. Try again later, or check an identity document.</source>
        <translation>Lyhyessä ajassa voi lähettää vain muutaman pyynnön. Yritä myöhemmin uudelleen tai tarkista henkilöllisyystodistus.</translation>
    </message>
    <message>
        <source>Please check the marked fields.</source>
        <translation>Tarkista merkityt kentät.</translation>
    </message>
    <message>
        <source>Several members share this phone number. Search with the personal identity code instead.</source>
        <translation>Usealla jäsenellä on sama puhelinnumero. Hae sen sijaan henkilötunnuksella.</translation>
    </message>
    <message>
        <source>Some details were not accepted. Please check the marked fields.</source>
        <translation>Kaikkia tietoja ei hyväksytty. Tarkista merkityt kentät.</translation>
    </message>
    <message>
        <source>Something changed at the same time elsewhere. Try again to see what.</source>
        <translation>Jokin muuttui samaan aikaan muualla. Yritä uudelleen, niin näet mikä.</translation>
    </message>
    <message>
        <source>The answer from the mobile certificate service did not check out. You can try again.</source>
        <translation>Mobiilivarmennepalvelun vastaus ei ollut kunnossa. Voit yrittää uudelleen.</translation>
    </message>
    <message>
        <source>The card answered too slowly. Take it out and insert it again.</source>
        <translation>Kortti vastasi liian hitaasti. Ota se pois ja aseta uudelleen.</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out and insert it again.</source>
        <translation>Korttia ei voitu lukea. Ota se pois ja aseta uudelleen.</translation>
    </message>
    <message>
        <source>The card could not be verified: it did not prove its key. Take it out and use another card.</source>
        <translation>Korttia ei voitu varmistaa: se ei todistanut avaintaan. Ota se pois ja käytä toista korttia.</translation>
    </message>
    <message>
        <source>The confirmation timed out.</source>
        <translation>Tunnistautumisen aika loppui.</translation>
    </message>
    <message>
        <source>The connection to the service was lost. Nothing you typed is lost. Try again.</source>
        <translation>Yhteys palveluun katkesi. Mitään kirjoittamaasi ei menetetty. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>The connection was lost while saving. Nothing you typed is lost. Try again: if it was saved already, you will see it, and nothing is saved twice.</source>
        <translation>Yhteys katkesi tallennettaessa. Mitään kirjoittamaasi ei menetetty. Yritä uudelleen: jos tiedot ehdittiin jo tallentaa, näet sen, eikä mitään tallenneta kahdesti.</translation>
    </message>
    <message>
        <source>The date in the identity code does not exist. Check the first six digits.</source>
        <translation>Henkilötunnuksen päivämäärää ei ole olemassa. Tarkista kuusi ensimmäistä numeroa.</translation>
    </message>
    <message>
        <source>The identity code&apos;s check character does not match. Check every character.</source>
        <translation>Henkilötunnuksen tarkistusmerkki ei täsmää. Tarkista jokainen merkki.</translation>
    </message>
    <message>
        <source>The identity confirmation is no longer valid. Confirm the person&apos;s identity again.</source>
        <translation>Henkilöllisyyden vahvistus ei ole enää voimassa. Varmista henkilöllisyys uudelleen.</translation>
    </message>
    <message>
        <source>The identity could not be confirmed.</source>
        <translation>Henkilöllisyyttä ei voitu vahvistaa.</translation>
    </message>
    <message>
        <source>The member has no mobile certificate on file.</source>
        <translation>Jäsenellä ei ole rekisterissä mobiilivarmennetta.</translation>
    </message>
    <message>
        <source>The member has no mobile phone number on file.</source>
        <translation>Jäsenellä ei ole rekisterissä matkapuhelinnumeroa.</translation>
    </message>
    <message>
        <source>The member&apos;s confirmation is no longer valid. The member inserts their card again; what you typed is kept.</source>
        <translation>Jäsenen vahvistus ei ole enää voimassa. Jäsen asettaa korttinsa uudelleen; kirjoittamasi tiedot säilyvät.</translation>
    </message>
    <message>
        <source>The mobile certificate is locked.</source>
        <translation>Mobiilivarmenne on lukittu.</translation>
    </message>
    <message>
        <source>The mobile certificate is not this member&apos;s.</source>
        <translation>Mobiilivarmenne ei ole tämän jäsenen.</translation>
    </message>
    <message>
        <source>The mobile certificate is ordered from the mobile operator.</source>
        <translation>Mobiilivarmenne tilataan matkapuhelinoperaattorilta.</translation>
    </message>
    <message>
        <source>The mobile certificate service is not answering right now.</source>
        <translation>Mobiilivarmennepalvelu ei vastaa juuri nyt.</translation>
    </message>
    <message>
        <source>The name on the mobile certificate is not the name typed.</source>
        <translation>Mobiilivarmenteen nimi ei ole sama kuin kirjoitettu nimi.</translation>
    </message>
    <message>
        <source>The new card must prove itself again. Insert it again.</source>
        <translation>Uuden kortin on todistettava itsensä uudelleen. Aseta se uudelleen lukijaan.</translation>
    </message>
    <message>
        <source>The owner has no mobile phone number on file.</source>
        <translation>Omistajalla ei ole rekisterissä matkapuhelinnumeroa.</translation>
    </message>
    <message>
        <source>The phone is handling another request.</source>
        <translation>Puhelimessa on kesken toinen pyyntö.</translation>
    </message>
    <message>
        <source>The phone that answered belongs to someone else. Check an identity document instead.</source>
        <translation>Vastannut puhelin kuuluu jollekulle toiselle. Tarkista sen sijaan henkilöllisyystodistus.</translation>
    </message>
    <message>
        <source>The request on the phone was not answered in time.</source>
        <translation>Puhelimen pyyntöön ei vastattu ajoissa.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Pyyntö peruttiin.</translation>
    </message>
    <message>
        <source>The search has expired. Find the member again.</source>
        <translation>Haku on vanhentunut. Hae jäsen uudelleen.</translation>
    </message>
    <message>
        <source>The service could not do this right now. Nothing you typed is lost. Try again in a moment.</source>
        <translation>Palvelu ei voinut tehdä tätä juuri nyt. Mitään kirjoittamaasi ei menetetty. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>The service did not accept this step. Cancel and start again.</source>
        <translation>Palvelu ei hyväksynyt tätä vaihetta. Peruuta ja aloita alusta.</translation>
    </message>
    <message>
        <source>Their identity cannot be confirmed on a phone. Add their number first with &quot;Add or change a member&apos;s mobile number&quot;.</source>
        <translation>Henkilöllisyyttä ei voi vahvistaa puhelimella. Lisää ensin numero kohdassa &quot;Lisää tai vaihda jäsenen matkapuhelinnumero&quot;.</translation>
    </message>
    <message>
        <source>This cannot be left empty.</source>
        <translation>Tätä kenttää ei voi jättää tyhjäksi.</translation>
    </message>
    <message>
        <source>This card belongs to a family member. Only the household&apos;s owner member can add family members: take this card out and insert the owner&apos;s card.</source>
        <translation>Tämä kortti kuuluu perheenjäsenelle. Vain talouden omistajajäsen voi lisätä perheenjäseniä: ota tämä kortti pois ja aseta omistajan kortti.</translation>
    </message>
    <message>
        <source>This card belongs to another store&apos;s stock. Take it out and insert a new card from this store&apos;s stock.</source>
        <translation>Tämä kortti kuuluu toisen myymälän varastoon. Ota se pois ja aseta uusi kortti tämän myymälän varastosta.</translation>
    </message>
    <message>
        <source>This card has been reported lost and cannot be used. Replace it from the staff menu.</source>
        <translation>Tämä kortti on ilmoitettu kadonneeksi, eikä sitä voi käyttää. Korvaa se henkilökunnan valikosta.</translation>
    </message>
    <message>
        <source>This card is already in use. Take it out and insert a new card from stock.</source>
        <translation>Tämä kortti on jo käytössä. Ota se pois ja aseta uusi kortti varastosta.</translation>
    </message>
    <message>
        <source>This card is closed and cannot be used. If the member has lost their only card, replace it from the staff menu.</source>
        <translation>Tämä kortti on suljettu, eikä sitä voi käyttää. Jos jäsen on menettänyt ainoan korttinsa, korvaa se henkilökunnan valikosta.</translation>
    </message>
    <message>
        <source>This card is not a new card: it has been closed or reported lost. Take it out and insert a new card from stock.</source>
        <translation>Tämä ei ole uusi kortti: se on suljettu tai ilmoitettu kadonneeksi. Ota se pois ja aseta uusi kortti varastosta.</translation>
    </message>
    <message>
        <source>This card is not in our stock. Take it out and insert a new card from this store&apos;s stock.</source>
        <translation>Tämä kortti ei ole varastossamme. Ota se pois ja aseta uusi kortti tämän myymälän varastosta.</translation>
    </message>
    <message>
        <source>This did not work. Please try again.</source>
        <translation>Tämä ei onnistunut. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>This is a staff card. Take it out and insert a new card from stock.</source>
        <translation>Tämä on henkilökunnan kortti. Ota se pois ja aseta uusi kortti varastosta.</translation>
    </message>
    <message>
        <source>This is a staff card. Take it out and insert the member&apos;s card.</source>
        <translation>Tämä on henkilökunnan kortti. Ota se pois ja aseta jäsenen kortti.</translation>
    </message>
    <message>
        <source>This is not a personal identity code. It looks like 131052-308T.</source>
        <translation>Tämä ei ole henkilötunnus. Se on muotoa 131052-308T.</translation>
    </message>
    <message>
        <source>This is not one of our cards. Take it out and insert an owner card.</source>
        <translation>Tämä ei ole meidän korttimme. Ota se pois ja aseta omistaja-asiakaskortti.</translation>
    </message>
    <message>
        <source>This is the member&apos;s own card, not a new one. Take it out and insert a new card from stock.</source>
        <translation>Tämä on jäsenen oma kortti, ei uusi. Ota se pois ja aseta uusi kortti varastosta.</translation>
    </message>
    <message>
        <source>This person is already a member.</source>
        <translation>Tämä henkilö on jo jäsen.</translation>
    </message>
    <message>
        <source>This phone number has no mobile certificate.</source>
        <translation>Tällä puhelinnumerolla ei ole mobiilivarmennetta.</translation>
    </message>
    <message>
        <source>This stock card is not an owner card. Take it out and insert a new owner card from stock.</source>
        <translation>Tämä varastokortti ei ole omistaja-asiakaskortti. Ota se pois ja aseta uusi omistaja-asiakaskortti varastosta.</translation>
    </message>
    <message>
        <source>To confirm with their own mobile certificate, type the new member&apos;s mobile number on the form first.</source>
        <translation>Jotta uusi jäsen voi vahvistaa omalla mobiilivarmenteellaan, kirjoita ensin hänen matkapuhelinnumeronsa lomakkeelle.</translation>
    </message>
    <message>
        <source>Too many requests to this phone.</source>
        <translation>Liian monta pyyntöä tähän puhelimeen.</translation>
    </message>
    <message>
        <source>Too young for an own card: the minimum age is {years} years.</source>
        <translation>Liian nuori omaan korttiin: alaikäraja on {years} vuotta.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>Type the last four letters or digits of the document&apos;s number.</source>
        <translation>Kirjoita asiakirjan numeron neljä viimeistä kirjainta tai numeroa.</translation>
    </message>
    <message>
        <source>We do not know this card. Take it out and insert another one.</source>
        <translation>Emme tunne tätä korttia. Ota se pois ja aseta toinen kortti.</translation>
    </message>
    <message>
        <source>You can send a new request to the phone.</source>
        <translation>Voit lähettää puhelimeen uuden pyynnön.</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <source>End</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Hello, {name}!</source>
        <translation>Hei, {name}!</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Henkilökunnan valikko</translation>
    </message>
    <message>
        <source>You are signed in as staff. Take your card out of the reader when you are done.</source>
        <translation>Olet kirjautunut henkilökuntana. Ota korttisi lukijasta, kun olet valmis.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Check again</source>
        <translation>Tarkista uudelleen</translation>
    </message>
    <message>
        <source>Kiosk {kiosk}, backend {backend}</source>
        <translation>Kioski {kiosk}, taustapalvelu {backend}</translation>
    </message>
</context>
<context>
    <name>StockCardPage</name>
    <message>
        <source>A new card from stock</source>
        <translation>Uusi kortti varastosta</translation>
    </message>
    <message>
        <source>Back to the details</source>
        <translation>Takaisin tietoihin</translation>
    </message>
    <message>
        <source>Back to the identity</source>
        <translation>Takaisin henkilöllisyyteen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Checking the card and saving…</source>
        <translation>Tarkistetaan kortti ja tallennetaan…</translation>
    </message>
    <message>
        <source>Insert a new owner card from this store&apos;s stock</source>
        <translation>Aseta lukijaan uusi omistaja-asiakaskortti tämän myymälän varastosta</translation>
    </message>
    <message>
        <source>Keep the card in the reader.</source>
        <translation>Pidä kortti lukijassa.</translation>
    </message>
    <message>
        <source>Take the card out</source>
        <translation>Ota kortti pois</translation>
    </message>
    <message>
        <source>Take your staff card out of the reader</source>
        <translation>Ota henkilökunnan korttisi pois lukijasta</translation>
    </message>
    <message>
        <source>The card proves it is genuine; only then is it linked and in use.</source>
        <translation>Kortti todistaa olevansa aito; vasta sitten se liitetään ja otetaan käyttöön.</translation>
    </message>
    <message>
        <source>Then insert a new owner card from this store&apos;s stock.</source>
        <translation>Aseta sitten lukijaan uusi omistaja-asiakaskortti tämän myymälän varastosta.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yritä uudelleen</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message numerus="yes">
        <source>%n of {total} questions answered</source>
        <translation>
            <numerusform>%n/{total} kysymykseen vastattu</numerusform>
            <numerusform>%n/{total} kysymykseen vastattu</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a number from 1 to 5.</source>
        <translation>Valitse luku 1–5.</translation>
    </message>
    <message>
        <source>Choose one or more.</source>
        <translation>Valitse yksi tai useampi.</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>Valitse yksi.</translation>
    </message>
    <message>
        <source>Send answers</source>
        <translation>Lähetä vastaukset</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Lähetetään…</translation>
    </message>
    <message>
        <source>‹ Back to panels</source>
        <translation>‹ Takaisin paneeleihin</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Aloita alusta</translation>
    </message>
    <message>
        <source>Touch grid</source>
        <translation>Kosketusruudukko</translation>
    </message>
    <message>
        <source>Touch test: draw over the whole screen; a cell that stays light does not feel touch.</source>
        <translation>Kosketustesti: piirrä koko näytön yli; ruutu, joka jää vaaleaksi, ei tunnista kosketusta.</translation>
    </message>
    <message>
        <source>{lit} of {cells} cells touched</source>
        <translation>{lit}/{cells} ruutua kosketettu</translation>
    </message>
</context>
<context>
    <name>WarrantyPage</name>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n kuukausi</numerusform>
            <numerusform>%n kuukautta</numerusform>
        </translation>
    </message>
    <message>
        <source>Bought {date} · {store}</source>
        <translation>Ostettu {date} · {store}</translation>
    </message>
    <message>
        <source>EAN code</source>
        <translation>EAN-koodi</translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n days</source>
        <translation>
            <numerusform>Päättyy %n päivän kuluttua</numerusform>
            <numerusform>Päättyy %n päivän kuluttua</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Päättyy tänään</translation>
    </message>
    <message>
        <source>Expired on {date}</source>
        <translation>Päättyi {date}</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Takuunantaja</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Ostopäivä</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Kuitin numero</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Sarjanumero</translation>
    </message>
    <message>
        <source>Show original receipt</source>
        <translation>Näytä alkuperäinen kuitti</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Myymälä</translation>
    </message>
    <message>
        <source>Take to phone</source>
        <translation>Siirrä puhelimeen</translation>
    </message>
    <message>
        <source>Tap a product to see its warranty, print it or take it to your phone.</source>
        <translation>Napauta tuotetta, niin näet sen takuun ja voit tulostaa kuitin tai siirtää sen puhelimeesi.</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>Voimassa {date} asti</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>Takuu päättyy</translation>
    </message>
    <message>
        <source>Warranty period</source>
        <translation>Takuuaika</translation>
    </message>
    <message>
        <source>When you buy a product with a warranty, such as a household appliance, its warranty receipt is kept here for you.</source>
        <translation>Kun ostat takuullisen tuotteen, esimerkiksi kodinkoneen, sen takuukuitti säilyy sinulle täällä.</translation>
    </message>
    <message>
        <source>You have no warranty receipts</source>
        <translation>Sinulla ei ole takuukuitteja</translation>
    </message>
    <message>
        <source>Your warranty receipts</source>
        <translation>Takuukuittisi</translation>
    </message>
    <message>
        <source>{store}, {town}</source>
        <translation>{store}, {town}</translation>
    </message>
    <message>
        <source>‹ All warranty receipts</source>
        <translation>‹ Kaikki takuukuitit</translation>
    </message>
</context>
</TS>
