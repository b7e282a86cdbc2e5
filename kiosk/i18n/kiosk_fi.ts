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
    <name>DemoPanel</name>
    <message>
        <source>A card that is not ours</source>
        <translation>Muu kuin meidän korttimme</translation>
    </message>
    <message>
        <source>A copy of Matti&apos;s card
(another key)</source>
        <translation>Kopio Matin kortista
(eri avain)</translation>
    </message>
    <message>
        <source>Cancel on the phone</source>
        <translation>Peruuta puhelimessa</translation>
    </message>
    <message>
        <source>Card reader: insert a card</source>
        <translation>Kortinlukija: aseta kortti</translation>
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
        <source>Enter the PIN (approve)</source>
        <translation>Näppäile PIN-koodi (hyväksy)</translation>
    </message>
    <message>
        <source>No confirmation request on the phone.</source>
        <translation>Puhelimessa ei ole tunnistautumispyyntöä.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ei kytketty</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline-tilassa</translation>
    </message>
    <message>
        <source>Or open the phone page in a browser: {url}</source>
        <translation>Tai avaa puhelinsivu selaimessa: {url}</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Paperi loppu</translation>
    </message>
    <message>
        <source>Paper running low</source>
        <translation>Paperi vähissä</translation>
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
        <source>The member&apos;s phone</source>
        <translation>Omistaja-asiakkaan puhelin</translation>
    </message>
    <message>
        <source>The phone shows the code {code}.</source>
        <translation>Puhelimessa näkyy tapahtumatunnus {code}.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
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
        <source>technician card</source>
        <translation>huoltoteknikon kortti</translation>
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
    <name>PinView</name>
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
    <name>SectionPage</name>
    <message>
        <source>Back to Home</source>
        <translation>Takaisin etusivulle</translation>
    </message>
    <message>
        <source>Choose what we send you, and how.</source>
        <translation>Valitse, mitä lähetämme sinulle ja miten.</translation>
    </message>
    <message>
        <source>Choose your marketing channels: e-mail, text message and post.</source>
        <translation>valita markkinoinnin kanavat: sähköposti, tekstiviesti ja kirje</translation>
    </message>
    <message>
        <source>Confirm with mobile certificate</source>
        <translation>Tunnistaudu mobiilivarmenteella</translation>
    </message>
    <message>
        <source>Confirm your identity to see this</source>
        <translation>Tunnistaudu, niin näet tiedot</translation>
    </message>
    <message>
        <source>Follow your Bonus, payment-method benefit and other cash benefits month by month.</source>
        <translation>seurata Bonustasi, maksutapaetuasi ja muita rahanarvoisia etujasi kuukausittain</translation>
    </message>
    <message>
        <source>Have your say in how your cooperative develops.</source>
        <translation>Vaikuta siihen, miten osuuskauppasi kehittyy.</translation>
    </message>
    <message>
        <source>Here you can</source>
        <translation>Täällä voit</translation>
    </message>
    <message>
        <source>Join or leave the customer panels that interest you.</source>
        <translation>liittyä sinua kiinnostaviin asiakaspaneeleihin tai erota niistä</translation>
    </message>
    <message>
        <source>Look through your electronic receipts and warranty receipts.</source>
        <translation>selata sähköisiä kuittejasi ja takuukuittejasi</translation>
    </message>
    <message>
        <source>See the results of the panel surveys.</source>
        <translation>nähdä paneelikyselyjen tulokset</translation>
    </message>
    <message>
        <source>See your household members and the data held on you in our registers.</source>
        <translation>nähdä taloutesi jäsenet ja tiedot, jotka rekistereissämme on sinusta</translation>
    </message>
    <message>
        <source>Subscribe to newsletters, or unsubscribe from them.</source>
        <translation>tilata uutiskirjeitä tai perua niiden tilauksen</translation>
    </message>
    <message>
        <source>The information we hold on you and your household.</source>
        <translation>Tiedot, jotka meillä on sinusta ja taloudestasi.</translation>
    </message>
    <message>
        <source>This section shows your personal information. To protect it, please confirm your identity first.</source>
        <translation>Tässä osiossa näkyvät henkilötietosi. Niiden suojaamiseksi pyydämme sinua tunnistautumaan.</translation>
    </message>
    <message>
        <source>Update your contact details.</source>
        <translation>päivittää yhteystietosi</translation>
    </message>
    <message>
        <source>Your owner-customer benefits and your purchases in one place.</source>
        <translation>Omistaja-asiakasetusi ja ostosi yhdessä paikassa.</translation>
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
</TS>
