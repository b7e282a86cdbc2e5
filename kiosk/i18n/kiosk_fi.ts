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
        <source>All text about a third larger</source>
        <translation>Kaikki tekstit noin kolmanneksen isompina</translation>
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
        <source>Make the screen easier to read</source>
        <translation>Helpota lukemista</translation>
    </message>
    <message>
        <source>White and yellow on black</source>
        <translation>Valkoista ja keltaista mustalla pohjalla</translation>
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
        <translation>Kuitteja</translation>
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
        <source>Unsubscribed from {topic}</source>
        <translation>Tilaus peruttu: {topic}</translation>
    </message>
</context>
<context>
    <name>ConfirmingView</name>
    <message>
        <source>Add your number at the customer service desk or in the mobile app.</source>
        <translation>Lisää numerosi asiakaspalvelussa tai mobiilisovelluksessa.</translation>
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
        <source>A request waits on the phone, with the event code</source>
        <translation>Puhelimessa odottaa pyyntö tapahtumatunnuksella</translation>
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
        <source>Hangs mid-print</source>
        <translation>Jumittuu kesken</translation>
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
        <source>Contact details</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Kotitalous</translation>
    </message>
    <message>
        <source>Register data</source>
        <translation>Rekisteritiedot</translation>
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
        <source>Family member</source>
        <translation>Perheenjäsen</translation>
    </message>
    <message>
        <source>Family members are added by the household&apos;s owner member, at the customer service desk of one of our stores with our staff&apos;s help.</source>
        <translation>Perheenjäsenet lisää talouden omistajajäsen myymälöidemme asiakaspalvelussa henkilökuntamme avustuksella.</translation>
    </message>
    <message>
        <source>Owner member</source>
        <translation>Omistajajäsen</translation>
    </message>
    <message>
        <source>To add a family member to your household, visit the customer service desk of one of our stores. Our staff will help you.</source>
        <translation>Perheenjäsenen voi lisätä talouteesi myymälöidemme asiakaspalvelussa. Henkilökuntamme auttaa sinua.</translation>
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
        <source>{role} · in the household since {date}</source>
        <translation>{role} · taloudessa {date} alkaen</translation>
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
        <source>If part of it came out, please leave it: the staff will take care of it.</source>
        <translation>Jos kuitista tuli osa, jätä se paikalleen: henkilökunta hoitaa sen.</translation>
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
        <source>The receipt was not printed</source>
        <translation>Kuittia ei tulostettu</translation>
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
        <source>Your panels have no completed surveys yet.</source>
        <translation>Paneeleissasi ei ole vielä päättyneitä kyselyitä.</translation>
    </message>
    <message>
        <source>Your surveys</source>
        <translation>Sinun kyselysi</translation>
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
        <source>‹ Back to panels</source>
        <translation>‹ Takaisin paneeleihin</translation>
    </message>
</context>
<context>
    <name>PinView</name>
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
    <message>
        <source>Wrong PIN. That was the last try: the card is now locked.</source>
        <translation>Väärä PIN-koodi. Se oli viimeinen yritys: kortti on nyt lukittu.</translation>
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
        <source>This section shows your personal information. To protect it, please confirm your identity first.</source>
        <translation>Tässä osiossa näkyvät henkilötietosi. Niiden suojaamiseksi pyydämme sinua tunnistautumaan.</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <source>Backend</source>
        <translation>Taustapalvelu</translation>
    </message>
    <message>
        <source>Backend answers</source>
        <translation>Taustapalvelu vastaa</translation>
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
        <source>Hello, {name}!</source>
        <translation>Hei, {name}!</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Pääte</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Huoltotila</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Kuittitulostin</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Henkilökunnan valikko</translation>
    </message>
    <message>
        <source>These are this kiosk&apos;s settings and connections.</source>
        <translation>Tämän päätteen asetukset ja yhteydet.</translation>
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
        <source>You are signed in as staff. Take your card out of the reader when you are done.</source>
        <translation>Olet kirjautunut henkilökuntana. Ota korttisi lukijasta, kun olet valmis.</translation>
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
