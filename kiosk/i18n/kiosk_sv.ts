<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en">
<context>
    <name>AccessibilityButton</name>
    <message>
        <source>Display options: high contrast and large text</source>
        <translation>Visningsalternativ: hög kontrast och stor text</translation>
    </message>
</context>
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>All text twice as large</source>
        <translation>Dubbelt så stor text</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Stor text</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Högre</translation>
    </message>
    <message>
        <source>Make the screen easier to read</source>
        <translation>Lättare att läsa</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Lägre</translation>
    </message>
    <message>
        <source>Reads the screen aloud (key F9)</source>
        <translation>Läser upp skärmen (tangent F9)</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Volume {step}/{steps}</source>
        <translation>Volym {step}/{steps}</translation>
    </message>
    <message>
        <source>White and yellow on black</source>
        <translation>Vit och gul text på svart bakgrund</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>A grid that lights where the screen is touched.</source>
        <translation>Ett rutnät som lyser där skärmen vidrörs.</translation>
    </message>
    <message>
        <source>Applies saved settings. The screen is back in about ten seconds.</source>
        <translation>Tar sparade inställningar i bruk. Skärmen är tillbaka om ungefär tio sekunder.</translation>
    </message>
    <message>
        <source>Back to the menu</source>
        <translation>Tillbaka till menyn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Collecting the diagnostics…</source>
        <translation>Diagnostiken samlas in…</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Exportera diagnostik</translation>
    </message>
    <message>
        <source>My actions today at this kiosk</source>
        <translation>Mina åtgärder i dag vid den här terminalen</translation>
    </message>
    <message>
        <source>No USB stick: sent to the help desk through the backend (bundle {id}).</source>
        <translation>Inget USB-minne: skickat till kundtjänsten via den bakomliggande tjänsten (paket {id}).</translation>
    </message>
    <message>
        <source>No actions yet today.</source>
        <translation>Inga åtgärder ännu i dag.</translation>
    </message>
    <message>
        <source>Not exported: no USB stick, and the backend did not take it ({code}).</source>
        <translation>Inte exporterat: inget USB-minne, och den bakomliggande tjänsten tog inte emot det ({code}).</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Starta om</translation>
    </message>
    <message>
        <source>Restart the card reader service</source>
        <translation>Starta om kortläsartjänsten</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Starta om kiosken</translation>
    </message>
    <message>
        <source>Restart the kiosk now?</source>
        <translation>Starta om kiosken nu?</translation>
    </message>
    <message>
        <source>Restarting the card reader service…</source>
        <translation>Kortläsartjänsten startas om…</translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation>Startar om…</translation>
    </message>
    <message>
        <source>To a USB stick if one is in, else to the help desk through the backend. No customer data.</source>
        <translation>Till ett USB-minne om ett sitter i, annars till kundtjänsten via den bakomliggande tjänsten. Inga kunduppgifter.</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Pekskärmstest</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Written to the USB stick: {file}</source>
        <translation>Skrivet till USB-minnet: {file}</translation>
    </message>
    <message>
        <source>card {number}</source>
        <translation>kort {number}</translation>
    </message>
    <message>
        <source>member {number}</source>
        <translation>medlem {number}</translation>
    </message>
    <message>
        <source>pcscd, when readers are not seen or a card is not read.</source>
        <translation>pcscd, när läsare inte syns eller ett kort inte läses.</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>More time: {time}</source>
        <translation>Mer tid: {time}</translation>
    </message>
    <message>
        <source>Speech off.</source>
        <translation>Tal av.</translation>
    </message>
    <message>
        <source>Speech on.</source>
        <translation>Tal på.</translation>
    </message>
    <message>
        <source>Time left: {time}</source>
        <translation>Tid kvar: {time}</translation>
    </message>
    <message>
        <source>Volume {step} of {steps}</source>
        <translation>Volym {step} av {steps}</translation>
    </message>
</context>
<context>
    <name>AttractView</name>
    <message>
        <source>Confirm your identity on your phone</source>
        <translation>Identifiera dig med telefonen</translation>
    </message>
    <message>
        <source>Insert your card</source>
        <translation>Sätt in kortet</translation>
    </message>
    <message>
        <source>Insert your owner card in the reader below</source>
        <translation>Sätt in ditt ägarkundskort i läsaren nedanför</translation>
    </message>
    <message>
        <source>OWNER-CUSTOMER SERVICE</source>
        <translation>ÄGARKUNDSTJÄNST</translation>
    </message>
    <message>
        <source>See your Bonus and benefits, your receipts, and manage your owner-customer details.</source>
        <translation>Se din Bonus, dina förmåner och kvitton och sköt dina ägarkundsuppgifter.</translation>
    </message>
    <message>
        <source>See your benefits and details</source>
        <translation>Se dina förmåner och uppgifter</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>Tjänsten fungerar inte för tillfället.</translation>
    </message>
    <message>
        <source>We are trying to reconnect. Please try again in a moment.</source>
        <translation>Vi försöker återställa förbindelsen. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Välkommen!</translation>
    </message>
</context>
<context>
    <name>BonusPage</name>
    <message>
        <source>Bonus percentage of the month</source>
        <translation>Månadens bonusprocent</translation>
    </message>
    <message>
        <source>Bonus {percent}</source>
        <translation>Bonus {percent}</translation>
    </message>
    <message>
        <source>Household purchases</source>
        <translation>Hushållets inköp</translation>
    </message>
    <message>
        <source>Household purchases and Bonus percentage, last 12 months</source>
        <translation>Hushållets inköp och bonusprocent, de senaste 12 månaderna</translation>
    </message>
    <message>
        <source>No other cash benefits this month.</source>
        <translation>Inga andra penningförmåner den här månaden.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Utbetald</translation>
    </message>
    <message>
        <source>Paid on {date}</source>
        <translation>Utbetald {date}</translation>
    </message>
    <message>
        <source>Payment-method benefit</source>
        <translation>Betalsättsförmån</translation>
    </message>
    <message>
        <source>Show as a chart</source>
        <translation>Visa som diagram</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Visa som lista</translation>
    </message>
    <message>
        <source>Tap a month to see its details.</source>
        <translation>Tryck på en månad för att se detaljerna.</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>De senaste 12 månaderna</translation>
    </message>
    <message>
        <source>The month is over; the payout is on its way.</source>
        <translation>Månaden är slut och utbetalningen är på väg till ditt konto.</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Den här månaden hittills</translation>
    </message>
    <message>
        <source>This month so far: the Bonus grows with every purchase.</source>
        <translation>Månaden pågår: bonusen växer med varje köp.</translation>
    </message>
    <message>
        <source>To account {account}</source>
        <translation>Till kontot {account}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sammanlagt</translation>
    </message>
    <message>
        <source>We have no bank account for the payout. Add one at the customer service desk.</source>
        <translation>Vi har inget kontonummer för utbetalningen. Lägg till det i kundtjänsten.</translation>
    </message>
    <message>
        <source>Will be paid by {date}</source>
        <translation>Betalas senast {date}</translation>
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
        <translation>Kvitton</translation>
    </message>
    <message>
        <source>Warranty receipts</source>
        <translation>Garantikvitton</translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>One moment…</source>
        <translation>Ett ögonblick…</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Bonus &amp; purchases</source>
        <translation>Bonus och inköp</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startsida</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>Mina uppgifter</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Participate &amp; influence</source>
        <translation>Delta och påverka</translation>
    </message>
</context>
<context>
    <name>CommunicationPage</name>
    <message>
        <source>Choose what we may send you and how we may contact you. Each change is saved as soon as you tap the switch.</source>
        <translation>Välj vad vi får skicka dig och hur vi får kontakta dig. Varje ändring sparas så fort du trycker på reglaget.</translation>
    </message>
    <message>
        <source>Last changed {date}</source>
        <translation>Senast ändrad {date}</translation>
    </message>
    <message>
        <source>Marketing channels</source>
        <translation>Marknadsföringskanaler</translation>
    </message>
    <message>
        <source>Never changed</source>
        <translation>Aldrig ändrad</translation>
    </message>
    <message>
        <source>Newsletters</source>
        <translation>Nyhetsbrev</translation>
    </message>
    <message>
        <source>Newsletters and marketing</source>
        <translation>Nyhetsbrev och marknadsföring</translation>
    </message>
    <message>
        <source>Not saved: the change did not go through. Please try again later.</source>
        <translation>Inte sparat: ändringen gick inte igenom. Försök igen senare.</translation>
    </message>
    <message>
        <source>Not saved: we could not reach the service. Please try again in a moment.</source>
        <translation>Inte sparat: vi fick ingen kontakt med tjänsten. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>On</source>
        <translation>På</translation>
    </message>
    <message>
        <source>Other ways we may contact you with offers and invitations.</source>
        <translation>Andra sätt vi får kontakta dig på med erbjudanden och inbjudningar.</translation>
    </message>
    <message>
        <source>Paperless receipts</source>
        <translation>Papperslösa kvitton</translation>
    </message>
    <message>
        <source>Paperless receipts are off: you get a paper receipt at the till again.</source>
        <translation>Papperslösa kvitton är avstängda: du får ett papperskvitto i kassan igen.</translation>
    </message>
    <message>
        <source>Paperless receipts are on: no paper receipt at the till from now on.</source>
        <translation>Papperslösa kvitton är påslagna: inget papperskvitto i kassan från och med nu.</translation>
    </message>
    <message>
        <source>Receipts at the till</source>
        <translation>Kvitton i kassan</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Sent to your e-mail address.</source>
        <translation>Skickas till din e-postadress.</translation>
    </message>
    <message>
        <source>Subscribed to {topic}</source>
        <translation>Prenumererar nu på {topic}</translation>
    </message>
    <message>
        <source>The till follows this setting of your card in every store of the chain.</source>
        <translation>Kassan följer den här inställningen för ditt kort i alla kedjans butiker.</translation>
    </message>
    <message>
        <source>Unsubscribed from {topic}</source>
        <translation>Prenumerationen på {topic} är avslutad</translation>
    </message>
    <message>
        <source>Your receipts as e-receipts only (in Bonus &amp; purchases), and no paper receipt at the till.</source>
        <translation>Dina kvitton bara som e-kvitton (under Bonus och inköp), och inget papperskvitto i kassan.</translation>
    </message>
</context>
<context>
    <name>ConfirmingPage</name>
    <message>
        <source>Back to the choices</source>
        <translation>Tillbaka till alternativen</translation>
    </message>
    <message>
        <source>Back to the details</source>
        <translation>Tillbaka till uppgifterna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Save the number without it</source>
        <translation>Spara numret utan det</translation>
    </message>
    <message>
        <source>Send a new request</source>
        <translation>Skicka en ny begäran</translation>
    </message>
    <message>
        <source>The member confirms on the new number</source>
        <translation>Medlemmen bekräftar på det nya numret</translation>
    </message>
    <message>
        <source>The member confirms on the phone on file</source>
        <translation>Medlemmen bekräftar på telefonen i registret</translation>
    </message>
    <message>
        <source>The new member confirms with their own mobile certificate</source>
        <translation>Den nya medlemmen bekräftar med sitt eget mobilcertifikat</translation>
    </message>
</context>
<context>
    <name>ConfirmingView</name>
    <message>
        <source>A store clerk can add your number here at this kiosk.</source>
        <translation>Butikspersonalen kan lägga till ditt nummer här vid kiosken.</translation>
    </message>
    <message numerus="yes">
        <source>Answered on your phone? We check for your answer in %n s.</source>
        <translation>
            <numerusform>Har du svarat på telefonen? Vi kontrollerar ditt svar om %n sekund.</numerusform>
            <numerusform>Har du svarat på telefonen? Vi kontrollerar ditt svar om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Check that your phone shows the same code. Then enter your mobile certificate PIN on the phone.</source>
        <translation>Kontrollera att din telefon visar samma händelsekod. Ange sedan PIN-koden för ditt mobilcertifikat i telefonen.</translation>
    </message>
    <message>
        <source>Checking for your answer…</source>
        <translation>Ditt svar kontrolleras…</translation>
    </message>
    <message>
        <source>Confirm your identity with your mobile certificate</source>
        <translation>Identifiera dig med mobilcertifikat</translation>
    </message>
    <message>
        <source>Continue with card only</source>
        <translation>Fortsätt med bara kortet</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Event code</source>
        <translation>Händelsekod</translation>
    </message>
    <message>
        <source>Finish and take your card.</source>
        <translation>Avsluta och ta ditt kort.</translation>
    </message>
    <message>
        <source>Finish or cancel the other request on your phone, then try again.</source>
        <translation>Godkänn eller avbryt den andra begäran i din telefon och försök sedan igen.</translation>
    </message>
    <message>
        <source>For your security, only a few requests can be sent to your phone in a short time. Meanwhile, you can go on with your card only.</source>
        <translation>För din säkerhet kan bara några få förfrågningar skickas till din telefon inom kort tid. Under tiden kan du fortsätta med bara kortet.</translation>
    </message>
    <message>
        <source>IDENTITY CONFIRMATION</source>
        <translation>IDENTIFIERING</translation>
    </message>
    <message>
        <source>Sending the request to your phone…</source>
        <translation>Vi skickar en begäran till din telefon…</translation>
    </message>
    <message>
        <source>The PIN was entered wrong too many times. Your mobile operator can unlock it.</source>
        <translation>PIN-koden angavs fel för många gånger. Din mobiloperatör kan låsa upp den.</translation>
    </message>
    <message>
        <source>The answer from the mobile certificate service did not check out. You can try again; if it happens again, please ask the staff at the checkout.</source>
        <translation>Svaret från mobilcertifikattjänsten stämde inte. Du kan försöka igen; om det händer igen, vänd dig till personalen vid kassan.</translation>
    </message>
    <message>
        <source>The confirmation timed out.</source>
        <translation>Tiden för identifieringen gick ut.</translation>
    </message>
    <message>
        <source>The mobile certificate service is not answering right now.</source>
        <translation>Mobilcertifikattjänsten svarar inte just nu.</translation>
    </message>
    <message>
        <source>The request on your phone was not answered in time.</source>
        <translation>Begäran på din telefon besvarades inte i tid.</translation>
    </message>
    <message>
        <source>Time left {time}</source>
        <translation>Tid kvar {time}</translation>
    </message>
    <message>
        <source>Too many attempts. Please try again later.</source>
        <translation>För många försök. Försök igen senare.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>We have no mobile phone number for you, so we cannot confirm your identity this way.</source>
        <translation>Vi har inte ditt mobilnummer, så du kan inte identifiera dig på det här sättet.</translation>
    </message>
    <message>
        <source>We sent a request to {phone}</source>
        <translation>Vi skickade en begäran till numret {phone}</translation>
    </message>
    <message>
        <source>We&apos;ll send a new request to your phone.</source>
        <translation>Vi skickar en ny begäran till din telefon.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Vad vill du göra?</translation>
    </message>
    <message>
        <source>You can order a mobile certificate from your mobile operator. Meanwhile, go on with your card only.</source>
        <translation>Du kan beställa ett mobilcertifikat av din mobiloperatör. Under tiden kan du fortsätta med enbart kortet.</translation>
    </message>
    <message>
        <source>You can try again in a moment, or go on with your card only.</source>
        <translation>Du kan försöka igen om en stund eller fortsätta med bara kortet.</translation>
    </message>
    <message>
        <source>You can try again, or go on with your card only.</source>
        <translation>Du kan försöka igen eller fortsätta med bara kortet.</translation>
    </message>
    <message>
        <source>You cancelled the confirmation.</source>
        <translation>Du avbröt identifieringen.</translation>
    </message>
    <message>
        <source>You will see your benefits summary.</source>
        <translation>Du ser en sammanfattning av dina förmåner.</translation>
    </message>
    <message>
        <source>Your identity could not be confirmed.</source>
        <translation>Din identitet kunde inte bekräftas.</translation>
    </message>
    <message>
        <source>Your mobile certificate is locked.</source>
        <translation>Ditt mobilcertifikat är låst.</translation>
    </message>
    <message>
        <source>Your phone is handling another request.</source>
        <translation>Din telefon har en annan begäran på gång.</translation>
    </message>
    <message>
        <source>Your phone number has no mobile certificate in use.</source>
        <translation>Ditt telefonnummer har inget mobilcertifikat i bruk.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Send a new request</source>
        <translation>Skicka en ny begäran</translation>
    </message>
    <message>
        <source>The owner confirms with their mobile certificate</source>
        <translation>Ägaren bekräftar med sitt mobilcertifikat</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
</context>
<context>
    <name>ContactDetailsPage</name>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Address line 2 (optional)</source>
        <translation>Extra adressrad (frivillig)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Kasta bort ändringarna</translation>
    </message>
    <message>
        <source>Discard the changes you made?</source>
        <translation>Vill du kasta bort dina ändringar?</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>E-mail address (optional)</source>
        <translation>E-postadress (frivillig)</translation>
    </message>
    <message>
        <source>Edit contact details</source>
        <translation>Ändra kontaktuppgifter</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Ändra uppgifterna</translation>
    </message>
    <message>
        <source>Five digits</source>
        <translation>Fem siffror</translation>
    </message>
    <message>
        <source>For example c/o and a name</source>
        <translation>Till exempel c/o och ett namn</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsätt ändra</translation>
    </message>
    <message>
        <source>Language for messages</source>
        <translation>Kontaktspråk</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Senast uppdaterad</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>Mobile phone number (optional)</source>
        <translation>Mobilnummer (frivilligt)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Please check the marked fields. Nothing was saved yet.</source>
        <translation>Kontrollera de markerade fälten. Ingenting har sparats ännu.</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Spara ändringarna</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Some details were not accepted. Please check the marked fields.</source>
        <translation>Alla uppgifter godkändes inte. Kontrollera de markerade fälten.</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Street name, number and apartment, for example Kauppakatu 5 B 12</source>
        <translation>Gatans namn, nummer och bostad, till exempel Handelsgatan 5 B 12</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <source>We will write to you in the language you chose.</source>
        <translation>Vi skriver i fortsättningen till dig på det språk du valde.</translation>
    </message>
    <message>
        <source>We write to you in this language. The screen stays in the language you chose for it.</source>
        <translation>Vi skriver till dig på det här språket. Skärmen behåller det språk du har valt för den.</translation>
    </message>
    <message>
        <source>Will be saved as {number}</source>
        <translation>Sparas som {number}</translation>
    </message>
    <message>
        <source>Your changes could not be saved right now. What you typed is still here. Please try again in a moment.</source>
        <translation>Ändringarna kunde inte sparas just nu. Det du skrev finns kvar. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Your changes were not saved: the service could not be reached. What you typed is still here. Please try saving again.</source>
        <translation>Ändringarna sparades inte eftersom tjänsten inte kunde nås. Det du skrev finns kvar. Försök spara igen.</translation>
    </message>
    <message>
        <source>Your details have been saved.</source>
        <translation>Dina uppgifter har sparats.</translation>
    </message>
    <message>
        <source>Your mobile certificate requests come to this number.</source>
        <translation>Förfrågningar om identifiering med mobilcertifikat kommer till det här numret.</translation>
    </message>
    <message>
        <source>{name} · member number {number}</source>
        <translation>{name} · medlemsnummer {number}</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>A new card from this store&apos;s stock, for the staff flows</source>
        <translation>Ett nytt kort från den här butikens lager, för personalens ärenden</translation>
    </message>
    <message>
        <source>A request waits on the phone, with the event code</source>
        <translation>En begäran väntar i telefonen, med händelsekoden</translation>
    </message>
    <message>
        <source>A stock card of another store: the kiosk refuses it</source>
        <translation>Ett lagerkort från en annan butik: terminalen avvisar det</translation>
    </message>
    <message>
        <source>Approve with PIN</source>
        <translation>Godkänn med PIN</translation>
    </message>
    <message>
        <source>Approved: the PIN was entered on the phone.</source>
        <translation>Godkänt: PIN-koden angavs i telefonen.</translation>
    </message>
    <message>
        <source>Back to the devices</source>
        <translation>Tillbaka till enheterna</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>Ogiltig signatur</translation>
    </message>
    <message>
        <source>Breaks mid-print</source>
        <translation>Bryts mitt i</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Upptagen</translation>
    </message>
    <message>
        <source>Busy with an earlier job</source>
        <translation>Upptagen av ett tidigare jobb</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancelled on the phone.</source>
        <translation>Avbrutet i telefonen.</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Kortläsare</translation>
    </message>
    <message>
        <source>Cards the kiosk refuses</source>
        <translation>Kort som kiosken avvisar</translation>
    </message>
    <message>
        <source>Cloned card</source>
        <translation>Klonat kort</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>Luckan är öppen</translation>
    </message>
    <message>
        <source>Demo devices</source>
        <translation>Demoenheter</translation>
    </message>
    <message>
        <source>Does not answer</source>
        <translation>Svarar inte</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Löper ut</translation>
    </message>
    <message>
        <source>From stock</source>
        <translation>Från lagret</translation>
    </message>
    <message>
        <source>Hangs mid-print</source>
        <translation>Hänger sig</translation>
    </message>
    <message>
        <source>Headphone jack</source>
        <translation>Hörlursuttag</translation>
    </message>
    <message>
        <source>Headphones plugged in</source>
        <translation>Hörlurar anslutna</translation>
    </message>
    <message>
        <source>Last receipt printed: {width} × {height} dots. Tap it to see it whole.</source>
        <translation>Senaste kvittot: {width} × {height} punkter. Tryck för att se hela.</translation>
    </message>
    <message>
        <source>Left to expire on the phone.</source>
        <translation>Fick löpa ut i telefonen.</translation>
    </message>
    <message>
        <source>Matti&apos;s number, another key</source>
        <translation>Mattis nummer, annan nyckel</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>More outcomes</source>
        <translation>Fler utfall</translation>
    </message>
    <message>
        <source>No request on the phone.</source>
        <translation>Ingen begäran i telefonen.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Inte ansluten</translation>
    </message>
    <message>
        <source>Not our card</source>
        <translation>Inte vårt kort</translation>
    </message>
    <message>
        <source>Nothing printed yet: the last receipt appears here.</source>
        <translation>Inget utskrivet än: det senaste kvittot visas här.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Operator error</source>
        <translation>Operatörsfel</translation>
    </message>
    <message>
        <source>Other store</source>
        <translation>Annan butik</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Pappret är slut</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN spärrad</translation>
    </message>
    <message>
        <source>PIN {pin}</source>
        <translation>PIN {pin}</translation>
    </message>
    <message>
        <source>Paper low</source>
        <translation>Lite papper kvar</translation>
    </message>
    <message>
        <source>Phone page: {url}</source>
        <translation>Telefonsidan: {url}</translation>
    </message>
    <message>
        <source>Plug in headphones</source>
        <translation>Anslut hörlurar</translation>
    </message>
    <message>
        <source>Printed receipt</source>
        <translation>Utskrivet kvitto</translation>
    </message>
    <message>
        <source>Quit the demo</source>
        <translation>Avsluta demon</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Kvittoskrivare</translation>
    </message>
    <message>
        <source>Remove the card</source>
        <translation>Ta ut kortet</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Långsam</translation>
    </message>
    <message>
        <source>Staff (PIN on the kiosk&apos;s keypad)</source>
        <translation>Personal (PIN på kioskens knappsats)</translation>
    </message>
    <message>
        <source>That request was no longer waiting on the phone.</source>
        <translation>Begäran väntade inte längre i telefonen.</translation>
    </message>
    <message>
        <source>The member&apos;s phone</source>
        <translation>Ägarkundens telefon</translation>
    </message>
    <message>
        <source>The operator&apos;s service failed.</source>
        <translation>Operatörens tjänst fungerade inte.</translation>
    </message>
    <message>
        <source>The phone answered: PIN blocked.</source>
        <translation>Telefonen svarade: PIN-koden spärrad.</translation>
    </message>
    <message>
        <source>The phone answered: busy with another request.</source>
        <translation>Telefonen svarade: upptagen med en annan begäran.</translation>
    </message>
    <message>
        <source>The phone is sending the answer…</source>
        <translation>Telefonen skickar svaret…</translation>
    </message>
    <message>
        <source>The phone signed, but the signature is not valid.</source>
        <translation>Telefonen signerade, men signaturen är ogiltig.</translation>
    </message>
    <message>
        <source>To enrol (has a mobile certificate): {name}, {code}, {phone}</source>
        <translation>Att ansluta (har mobilcertifikat): {name}, {code}, {phone}</translation>
    </message>
    <message>
        <source>UK number: card only</source>
        <translation>UK-nummer: bara kort</translation>
    </message>
    <message>
        <source>a payment card</source>
        <translation>ett betalkort</translation>
    </message>
    <message>
        <source>blank, from the store&apos;s stock</source>
        <translation>tomt, ur butikens lager</translation>
    </message>
    <message>
        <source>card only, no phone</source>
        <translation>bara kort, ingen telefon</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängt</translation>
    </message>
    <message>
        <source>family of three</source>
        <translation>familj på tre</translation>
    </message>
    <message>
        <source>five years of purchases</source>
        <translation>fem års köp</translation>
    </message>
    <message>
        <source>for the presenter</source>
        <translation>för presentatören</translation>
    </message>
    <message>
        <source>his old card, closed</source>
        <translation>hans gamla kort, stängt</translation>
    </message>
    <message>
        <source>in Matti&apos;s household</source>
        <translation>i Mattis hushåll</translation>
    </message>
    <message>
        <source>in Sari&apos;s household</source>
        <translation>i Saris hushåll</translation>
    </message>
    <message>
        <source>in Swedish</source>
        <translation>på svenska</translation>
    </message>
    <message>
        <source>owner card</source>
        <translation>ägarkundskort</translation>
    </message>
    <message>
        <source>plugging in turns speech on</source>
        <translation>anslutning slår på talet</translation>
    </message>
    <message>
        <source>reported lost</source>
        <translation>anmält som förlorat</translation>
    </message>
    <message>
        <source>staff card</source>
        <translation>personalkort</translation>
    </message>
    <message>
        <source>staff, PIN {pin}</source>
        <translation>personal, PIN {pin}</translation>
    </message>
    <message>
        <source>tap a card to insert it</source>
        <translation>tryck på ett kort för att sätta in det</translation>
    </message>
    <message>
        <source>technician card</source>
        <translation>teknikerkort</translation>
    </message>
    <message>
        <source>technician, PIN {pin}</source>
        <translation>tekniker, PIN {pin}</translation>
    </message>
    <message>
        <source>the family&apos;s teenager</source>
        <translation>familjens tonåring</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Born {date}</source>
        <translation>Född {date}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>E-mail address (optional)</source>
        <translation>E-postadress (frivillig)</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>For example 031107A9132</source>
        <translation>Till exempel 031107A9132</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hushåll</translation>
    </message>
    <message>
        <source>Language for messages</source>
        <translation>Kontaktspråk</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Mobile phone number (optional)</source>
        <translation>Mobilnummer (frivilligt)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Register data</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>The new family member&apos;s details</source>
        <translation>Den nya familjemedlemmens uppgifter</translation>
    </message>
    <message>
        <source>The new member gets the household&apos;s address. An own card from the age of {years}.</source>
        <translation>Den nya medlemmen får hushållets adress. Eget kort från {years} års ålder.</translation>
    </message>
    <message>
        <source>Their own mobile certificate can confirm who they are.</source>
        <translation>Det egna mobilcertifikatet kan bekräfta identiteten.</translation>
    </message>
    <message>
        <source>Will be saved as {number}</source>
        <translation>Sparas som {number}</translation>
    </message>
    <message>
        <source>{name}&apos;s household</source>
        <translation>Hushåll – ägare {name}</translation>
    </message>
</context>
<context>
    <name>DocumentChoice</name>
    <message>
        <source>Document checked</source>
        <translation>Handlingen kontrollerad</translation>
    </message>
    <message>
        <source>Last four characters of the document&apos;s number</source>
        <translation>Handlingens nummer, de fyra sista tecknen</translation>
    </message>
    <message>
        <source>Letters and digits, for example 7K2X</source>
        <translation>Bokstäver och siffror, till exempel 7K2X</translation>
    </message>
    <message>
        <source>Or check an identity document</source>
        <translation>Eller kontrollera en identitetshandling</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Hand the welcome slip to the new member.</source>
        <translation>Ge välkomstkvittot till den nya medlemmen.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hushåll</translation>
    </message>
    <message>
        <source>Identity confirmed with</source>
        <translation>Identiteten bekräftad med</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Nytt kort</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>Nytt nummer</translation>
    </message>
    <message>
        <source>Next time the member can confirm with their mobile certificate on their own.</source>
        <translation>Nästa gång kan medlemmen identifiera sig själv med mobilcertifikat.</translation>
    </message>
    <message>
        <source>Old cards ({status})</source>
        <translation>Gamla kort ({status})</translation>
    </message>
    <message>
        <source>Previous number</source>
        <translation>Tidigare nummer</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Skriv ut igen</translation>
    </message>
    <message>
        <source>Printing the welcome slip…</source>
        <translation>Välkomstkvittot skrivs ut…</translation>
    </message>
    <message>
        <source>Purchases count from</source>
        <translation>Köpen räknas från</translation>
    </message>
    <message>
        <source>The mobile number is saved</source>
        <translation>Mobilnumret är sparat</translation>
    </message>
    <message>
        <source>The number has no mobile certificate confirmed yet: the member sees only Home until it has one.</source>
        <translation>Numret har ännu inget bekräftat mobilcertifikat: medlemmen ser bara Hem tills det har ett.</translation>
    </message>
    <message>
        <source>The old cards no longer open anything, even a session open right now.</source>
        <translation>De gamla korten öppnar inte längre något, inte ens en session som är öppen just nu.</translation>
    </message>
    <message>
        <source>The owner member gets a notice of the new family member.</source>
        <translation>Ägarmedlemmen får ett meddelande om den nya familjemedlemmen.</translation>
    </message>
    <message>
        <source>The welcome slip could not be printed: {reason}</source>
        <translation>Välkomstkvittot kunde inte skrivas ut: {reason}</translation>
    </message>
    <message>
        <source>an identity document</source>
        <translation>en identitetshandling</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>reported lost</source>
        <translation>anmält som förlorat</translation>
    </message>
    <message>
        <source>the printer did not confirm it.</source>
        <translation>skrivaren bekräftade inte utskriften.</translation>
    </message>
    <message>
        <source>the printer is busy with an earlier job.</source>
        <translation>skrivaren är upptagen med ett tidigare jobb.</translation>
    </message>
    <message>
        <source>the printer is offline.</source>
        <translation>skrivaren är inte tillgänglig.</translation>
    </message>
    <message>
        <source>the printer is out of paper.</source>
        <translation>skrivaren har slut på papper.</translation>
    </message>
    <message>
        <source>the printer&apos;s cover is open.</source>
        <translation>skrivarens lock är öppet.</translation>
    </message>
    <message>
        <source>their own mobile certificate</source>
        <translation>eget mobilcertifikat</translation>
    </message>
    <message>
        <source>{name} has a new card</source>
        <translation>{name} har ett nytt kort</translation>
    </message>
    <message>
        <source>{name} is now a member of the household</source>
        <translation>{name} är nu medlem i hushållet</translation>
    </message>
</context>
<context>
    <name>EndingView</name>
    <message>
        <source>Remember to take your card.</source>
        <translation>Kom ihåg att ta ditt kort.</translation>
    </message>
    <message>
        <source>See you again soon.</source>
        <translation>Välkommen åter!</translation>
    </message>
    <message>
        <source>Thank you for visiting!</source>
        <translation>Tack för besöket!</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A postal code has five digits, for example 00100.</source>
        <translation>Ett postnummer har fem siffror, till exempel 00100.</translation>
    </message>
    <message>
        <source>Check the e-mail address. It looks like name@example.fi.</source>
        <translation>Kontrollera e-postadressen. Den ser ut så här: namn@exempel.fi.</translation>
    </message>
    <message>
        <source>Choose Suomi, Svenska or English.</source>
        <translation>Välj Suomi, Svenska eller English.</translation>
    </message>
    <message>
        <source>Enter a Finnish number such as 0401234567, or + and the country code.</source>
        <translation>Ange ett finskt nummer, till exempel 0401234567, eller + och landsnumret.</translation>
    </message>
    <message>
        <source>Enter a mobile phone number. Mobile certificate requests cannot reach a landline.</source>
        <translation>Ange ett mobilnummer. Förfrågningar om mobilcertifikat kommer inte fram till en fast telefon.</translation>
    </message>
    <message>
        <source>This cannot be left empty.</source>
        <translation>Fältet får inte vara tomt.</translation>
    </message>
    <message>
        <source>This is too long. Please shorten it.</source>
        <translation>Texten är för lång. Förkorta den.</translation>
    </message>
    <message>
        <source>This was not accepted. Please check it.</source>
        <translation>Uppgiften godkändes inte. Kontrollera den.</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces and the marks . , &apos; / - # &amp; ( ) only.</source>
        <translation>Använd bara bokstäver, siffror, mellanslag och tecknen . , &apos; / - # &amp; ( ).</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Bonus level {percent}</source>
        <translation>Bonusnivå {percent}</translation>
    </message>
    <message>
        <source>Bonus so far</source>
        <translation>Bonus hittills</translation>
    </message>
    <message>
        <source>Confirm with mobile certificate</source>
        <translation>Identifiera dig med mobilcertifikat</translation>
    </message>
    <message>
        <source>Confirm your identity to see your receipts, Bonus history and details.</source>
        <translation>Identifiera dig, så ser du dina kvitton, din bonushistorik och dina uppgifter.</translation>
    </message>
    <message>
        <source>Household purchases</source>
        <translation>Hushållets inköp</translation>
    </message>
    <message>
        <source>Loading your benefits…</source>
        <translation>Vi hämtar dina förmåner…</translation>
    </message>
    <message>
        <source>Next payout</source>
        <translation>Nästa utbetalning</translation>
    </message>
    <message>
        <source>No other cash benefits this month.</source>
        <translation>Inga andra penningförmåner den här månaden.</translation>
    </message>
    <message>
        <source>Other cash benefits</source>
        <translation>Andra penningförmåner</translation>
    </message>
    <message>
        <source>Paid by {date}</source>
        <translation>Betalas senast {date}</translation>
    </message>
    <message>
        <source>Paid on {date}</source>
        <translation>Utbetald {date}</translation>
    </message>
    <message>
        <source>Payment-method benefit</source>
        <translation>Betalsättsförmån</translation>
    </message>
    <message>
        <source>So far, for paying with your owner card</source>
        <translation>Hittills, för betalning med ägarkundskortet</translation>
    </message>
    <message>
        <source>That would add {amount} to this month&apos;s Bonus.</source>
        <translation>Det ger {amount} mer i Bonus den här månaden.</translation>
    </message>
    <message>
        <source>To account {account}</source>
        <translation>Till kontot {account}</translation>
    </message>
    <message>
        <source>To see your receipts, Bonus history and details, you confirm your identity with a mobile certificate, and we have no mobile phone number for you. A store clerk can add your number here at this kiosk.</source>
        <translation>För att se dina kvitton, din Bonushistorik och dina uppgifter bekräftar du din identitet med mobilcertifikat, och vi har inget mobilnummer för dig. Butikspersonalen kan lägga till ditt nummer här vid kiosken.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sammanlagt</translation>
    </message>
    <message>
        <source>Want to see everything?</source>
        <translation>Vill du se allt?</translation>
    </message>
    <message>
        <source>We have no bank account for the payout. Add one at the customer service desk.</source>
        <translation>Vi har inget kontonummer för utbetalningen. Lägg till det i kundtjänsten.</translation>
    </message>
    <message>
        <source>Your benefits this month</source>
        <translation>Dina förmåner den här månaden</translation>
    </message>
    <message>
        <source>Your card is set to paper receipts at the till.</source>
        <translation>Ditt kort är inställt på papperskvitto i kassan.</translation>
    </message>
    <message>
        <source>Your card is set to paperless receipts: e-receipts only, no paper receipt at the till.</source>
        <translation>Ditt kort är inställt på papperslösa kvitton: bara e-kvitton, inget papperskvitto i kassan.</translation>
    </message>
    <message>
        <source>Your card shows this summary</source>
        <translation>Med ditt kort ser du den här sammanfattningen</translation>
    </message>
    <message>
        <source>Your household has reached the highest Bonus level, {percent}.</source>
        <translation>Ditt hushåll har nått den högsta bonusnivån, {percent}.</translation>
    </message>
    <message>
        <source>{missing} more this month lifts your Bonus to {percent}</source>
        <translation>Handla för {missing} till, så får du {percent} Bonus</translation>
    </message>
    <message>
        <source>{month} · on its way</source>
        <translation>{month} · på väg till ditt konto</translation>
    </message>
    <message>
        <source>{month} · paid</source>
        <translation>{month} · utbetald</translation>
    </message>
    <message>
        <source>{month} · still growing</source>
        <translation>{month} · växer ännu</translation>
    </message>
    <message>
        <source>{percent} of the purchases</source>
        <translation>{percent} av inköpen</translation>
    </message>
    <message>
        <source>{purchases} of {threshold}</source>
        <translation>{purchases} av {threshold}</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>A family member can be added to your household here at the kiosk with a member of our staff: ask the staff, and confirm with your mobile certificate.</source>
        <translation>En familjemedlem kan läggas till i ditt hushåll här vid terminalen med hjälp av vår personal: fråga personalen och bekräfta med ditt mobilcertifikat.</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Familjemedlem</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>Owner member</source>
        <translation>Ägarmedlem</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove {name} from your household? They keep their membership and card, and their purchases count for a household of their own from now on.</source>
        <translation>Ta bort {name} från ditt hushåll? Medlemskapet och kortet finns kvar, och köpen räknas hädanefter till ett eget hushåll.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Tar bort…</translation>
    </message>
    <message>
        <source>The family member could not be removed right now. Please try again in a moment.</source>
        <translation>Familjemedlemmen kunde inte tas bort just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The family member was not removed: the service could not be reached. Please try again.</source>
        <translation>Familjemedlemmen togs inte bort: tjänsten kunde inte nås. Försök igen.</translation>
    </message>
    <message>
        <source>The household&apos;s owner member adds and removes family members.</source>
        <translation>Hushållets ägarmedlem lägger till och tar bort familjemedlemmar.</translation>
    </message>
    <message>
        <source>Your household</source>
        <translation>Ditt hushåll</translation>
    </message>
    <message>
        <source>Your household&apos;s purchases are added up for the Bonus. Each member sees only their own receipts.</source>
        <translation>Hushållets inköp räknas ihop för Bonusen. Varje medlem ser bara sina egna kvitton.</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (du)</translation>
    </message>
    <message>
        <source>{name} was removed from your household.</source>
        <translation>{name} togs bort från ditt hushåll.</translation>
    </message>
    <message>
        <source>{role} · in the household since {date}</source>
        <translation>{role} · i hushållet sedan {date}</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>A request goes to {phone}, the number on the form. Their certificate&apos;s name must be the name typed.</source>
        <translation>En begäran skickas till {phone}, numret i formuläret. Namnet i certifikatet måste vara det inskrivna namnet.</translation>
    </message>
    <message>
        <source>A request goes to {phone}. The member enters their mobile certificate PIN.</source>
        <translation>En begäran skickas till {phone}. Medlemmen anger PIN-koden för sitt mobilcertifikat.</translation>
    </message>
    <message>
        <source>Back to the details</source>
        <translation>Tillbaka till uppgifterna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Confirm on the phone on file</source>
        <translation>Bekräftelse på telefonen i registret</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Skadat</translation>
    </message>
    <message>
        <source>Find another member</source>
        <translation>Sök en annan medlem</translation>
    </message>
    <message>
        <source>How does {name} prove who they are?</source>
        <translation>Hur visar {name} sin identitet?</translation>
    </message>
    <message>
        <source>Lost or stolen</source>
        <translation>Förlorat eller stulet</translation>
    </message>
    <message>
        <source>Member found: {name}</source>
        <translation>Medlem hittad: {name}</translation>
    </message>
    <message>
        <source>Not possible: no mobile certificate on file. Check an identity document.</source>
        <translation>Inte möjligt: inget mobilcertifikat i registret. Kontrollera en identitetshandling.</translation>
    </message>
    <message>
        <source>Phone: {phone} · Cards in use: {cards}</source>
        <translation>Telefon: {phone} · Kort i bruk: {cards}</translation>
    </message>
    <message>
        <source>Their own mobile certificate</source>
        <translation>Eget mobilcertifikat</translation>
    </message>
    <message>
        <source>Type their mobile number on the form first.</source>
        <translation>Skriv först in mobilnumret i formuläret.</translation>
    </message>
    <message>
        <source>What happened to the old card?</source>
        <translation>Vad hände med det gamla kortet?</translation>
    </message>
    <message>
        <source>no card in use</source>
        <translation>inget kort i bruk</translation>
    </message>
    <message>
        <source>no phone number on file</source>
        <translation>inget telefonnummer i registret</translation>
    </message>
</context>
<context>
    <name>IdleWarningOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Är du kvar?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message numerus="yes">
        <source>Each time you ask, you get %n more minutes.</source>
        <translation>
            <numerusform>Varje gång du ber om det får du %n minut till.</numerusform>
            <numerusform>Varje gång du ber om det får du %n minuter till.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Jag behöver mer tid</translation>
    </message>
    <message numerus="yes">
        <source>Your session ends in %n seconds</source>
        <translation>
            <numerusform>Ditt besök avslutas om %n sekund</numerusform>
            <numerusform>Ditt besök avslutas om %n sekunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Owner-customer service</source>
        <translation>Ägarkundstjänst</translation>
    </message>
</context>
<context>
    <name>LoadState</name>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>This could not be shown right now.</source>
        <translation>Det här kunde inte visas just nu.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>We could not reach the service. Check back in a moment.</source>
        <translation>Vi nådde inte tjänsten. Försök igen om en stund.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Varningar och fel</translation>
    </message>
    <message>
        <source>{count} lines of the last {kept}</source>
        <translation>{count} rader av de senaste {kept}</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <source>By personal identity code</source>
        <translation>Med personbeteckning</translation>
    </message>
    <message>
        <source>By phone number</source>
        <translation>Med telefonnummer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Find the member</source>
        <translation>Sök medlemmen</translation>
    </message>
    <message>
        <source>Only the number on file is used: the confirmation goes there, never to a number typed here.</source>
        <translation>Bara numret i registret används: bekräftelsen skickas dit, aldrig till ett nummer som skrivs in här.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>The member&apos;s mobile phone number</source>
        <translation>Medlemmens mobilnummer</translation>
    </message>
    <message>
        <source>The member&apos;s personal identity code</source>
        <translation>Medlemmens personbeteckning</translation>
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
        <translation>1–65535; nätverksskrivare använder 9100</translation>
    </message>
    <message>
        <source>1–{max}; lower it for a printer with a small buffer</source>
        <translation>1–{max}; sänk för en skrivare med liten buffert</translation>
    </message>
    <message>
        <source>80 mm paper: 576 (203 dpi) or 512 (180 dpi); 58 mm: 384</source>
        <translation>80 mm papper: 576 (203 dpi) eller 512 (180 dpi); 58 mm: 384</translation>
    </message>
    <message>
        <source>A device such as /dev/usb/lp0, or a folder</source>
        <translation>En enhet som /dev/usb/lp0, eller en mapp</translation>
    </message>
    <message>
        <source>A whole number, without decimals.</source>
        <translation>Ett heltal, utan decimaler.</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Observera</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Bakomliggande tjänst</translation>
    </message>
    <message>
        <source>Backend URL</source>
        <translation>Bakomliggande tjänstens adress</translation>
    </message>
    <message>
        <source>Band rows</source>
        <translation>Rader per band</translation>
    </message>
    <message>
        <source>Cannot be reached ({code}).</source>
        <translation>Kan inte nås ({code}).</translation>
    </message>
    <message>
        <source>Cannot be reached securely: its TLS certificate is refused.</source>
        <translation>Kan inte nås säkert: dess TLS-certifikat godkänns inte.</translation>
    </message>
    <message>
        <source>Cannot be reached: no answer in time.</source>
        <translation>Kan inte nås: inget svar i tid.</translation>
    </message>
    <message>
        <source>Cannot be reached: no connection to that address.</source>
        <translation>Kan inte nås: ingen förbindelse till adressen.</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Kortläsare</translation>
    </message>
    <message>
        <source>Card reader pattern</source>
        <translation>Kortläsarens mönster</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Kontrolleras</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standardspråk</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Diskutrymme</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Fill this in.</source>
        <translation>Fyll i detta.</translation>
    </message>
    <message>
        <source>Hides the mouse pointer on the kiosk&apos;s screen</source>
        <translation>Döljer muspekaren på kioskens skärm</translation>
    </message>
    <message>
        <source>Idle timeout (s)</source>
        <translation>Tid utan aktivitet (s)</translation>
    </message>
    <message>
        <source>Idle warning (s)</source>
        <translation>Varning före tidsgräns (s)</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Senaste fel</translation>
    </message>
    <message>
        <source>Less than the idle timeout</source>
        <translation>Mindre än tiden utan aktivitet</translation>
    </message>
    <message>
        <source>Matches none of the readers: {readers}.</source>
        <translation>Motsvarar ingen av läsarna: {readers}.</translation>
    </message>
    <message>
        <source>Matches nothing: no card reader is connected.</source>
        <translation>Motsvarar ingenting: ingen kortläsare är ansluten.</translation>
    </message>
    <message>
        <source>Mobile certificate service</source>
        <translation>Mobilcertifikattjänst</translation>
    </message>
    <message>
        <source>More than 0, at most 10 s</source>
        <translation>Över 0, högst 10 s</translation>
    </message>
    <message>
        <source>More than 0, at most 120 s</source>
        <translation>Över 0, högst 120 s</translation>
    </message>
    <message>
        <source>More than 0, at most 30 s</source>
        <translation>Över 0, högst 30 s</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>No card in the reader. Insert the card to test and try again.</source>
        <translation>Inget kort i läsaren. Sätt in kortet som ska testas och försök igen.</translation>
    </message>
    <message>
        <source>No card reader to read it with.</source>
        <translation>Ingen kortläsare att läsa det med.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Inte ett tal.</translation>
    </message>
    <message>
        <source>Not a port: ports are 1–65535.</source>
        <translation>Inte en port: portar är 1–65535.</translation>
    </message>
    <message>
        <source>Not accepted: {rule}.</source>
        <translation>Godkänns inte: {rule}.</translation>
    </message>
    <message>
        <source>Not our card: it has no owner-card application.</source>
        <translation>Inte vårt kort: det har ingen ägarkortsapplikation.</translation>
    </message>
    <message>
        <source>Not permitted on this terminal: the kiosk may not restart the card reader service (see deploy/polkit).</source>
        <translation>Inte tillåtet på denna terminal: kiosken får inte starta om kortläsartjänsten (se deploy/polkit).</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Pappersbredd</translation>
    </message>
    <message>
        <source>Part of the reader&apos;s name, e.g. Identiv; empty: the first reader</source>
        <translation>En del av läsarens namn, t.ex. Identiv; tomt: den första läsaren</translation>
    </message>
    <message>
        <source>Printer connect timeout (s)</source>
        <translation>Skrivarens anslutningstid (s)</translation>
    </message>
    <message>
        <source>Printer device or folder</source>
        <translation>Skrivarens enhet eller mapp</translation>
    </message>
    <message>
        <source>Printer host</source>
        <translation>Skrivarens adress</translation>
    </message>
    <message>
        <source>Printer job timeout (s)</source>
        <translation>Tidsgräns för utskriftsjobb (s)</translation>
    </message>
    <message>
        <source>Printer port</source>
        <translation>Skrivarens port</translation>
    </message>
    <message>
        <source>Printer status timeout (s)</source>
        <translation>Tidsgräns för skrivarens status (s)</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Kvittoskrivare</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Drifttid</translation>
    </message>
    <message>
        <source>Something answers at this address, but not as the kiosk&apos;s backend does: is the address right?</source>
        <translation>Något svarar på adressen, men inte som kioskens bakomliggande tjänst: är adressen rätt?</translation>
    </message>
    <message>
        <source>The backend at this address answers, but refuses this kiosk&apos;s credential: is it the right backend?</source>
        <translation>Den bakomliggande tjänsten på adressen svarar, men godkänner inte kioskens inloggningsuppgifter: är det rätt tjänst?</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out and insert it again.</source>
        <translation>Kortet kunde inte läsas. Ta ut det och sätt in det igen.</translation>
    </message>
    <message>
        <source>The card is in use or does not answer. Take it out and insert it again.</source>
        <translation>Kortet används eller svarar inte. Ta ut det och sätt in det igen.</translation>
    </message>
    <message>
        <source>The card reader service does not answer, so the pattern cannot be checked.</source>
        <translation>Kortläsartjänsten svarar inte, så mönstret kan inte kontrolleras.</translation>
    </message>
    <message>
        <source>The card reader service was restarted.</source>
        <translation>Kortläsartjänsten startades om.</translation>
    </message>
    <message>
        <source>The language the start screen speaks</source>
        <translation>Språket som startskärmen talar</translation>
    </message>
    <message>
        <source>The printer&apos;s host name or IP address</source>
        <translation>Skrivarens värdnamn eller IP-adress</translation>
    </message>
    <message>
        <source>The restart failed: see the log.</source>
        <translation>Omstarten misslyckades: se loggen.</translation>
    </message>
    <message>
        <source>The settings file cannot be read.</source>
        <translation>Inställningsfilen kan inte läsas.</translation>
    </message>
    <message>
        <source>The settings file could not be written (permissions or disk). Nothing changed.</source>
        <translation>Inställningsfilen kunde inte skrivas (behörighet eller disk). Inget ändrades.</translation>
    </message>
    <message>
        <source>The settings file is not valid TOML: it must be fixed by hand.</source>
        <translation>Inställningsfilen är inte giltig TOML: den måste rättas för hand.</translation>
    </message>
    <message>
        <source>These values cannot be changed safely in this file: it must be edited by hand.</source>
        <translation>Dessa värden kan inte ändras säkert i filen: den måste redigeras för hand.</translation>
    </message>
    <message>
        <source>This kiosk uses a simulated card reader: there is no service to restart.</source>
        <translation>Denna kiosk använder en simulerad kortläsare: det finns ingen tjänst att starta om.</translation>
    </message>
    <message>
        <source>This terminal has no systemctl to restart it with.</source>
        <translation>Denna terminal har inget systemctl att starta om den med.</translation>
    </message>
    <message>
        <source>Touch only (no mouse pointer)</source>
        <translation>Endast pekskärm (ingen muspekare)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>a card is in</source>
        <translation>ett kort sitter i</translation>
    </message>
    <message>
        <source>a card is in, but does not answer</source>
        <translation>ett kort sitter i men svarar inte</translation>
    </message>
    <message>
        <source>a card is in, in use</source>
        <translation>ett kort sitter i och används</translation>
    </message>
    <message>
        <source>a staff card</source>
        <translation>ett personalkort</translation>
    </message>
    <message>
        <source>a technician card</source>
        <translation>ett teknikerkort</translation>
    </message>
    <message>
        <source>an owner card</source>
        <translation>ett ägarkort</translation>
    </message>
    <message>
        <source>an unexpected error: see the log</source>
        <translation>ett oväntat fel: se loggen</translation>
    </message>
    <message>
        <source>answers in {value} ms</source>
        <translation>svarar på {value} ms</translation>
    </message>
    <message>
        <source>answers slowly: {value} ms</source>
        <translation>svarar långsamt: {value} ms</translation>
    </message>
    <message>
        <source>answers the backend ({value} ms)</source>
        <translation>svarar den bakomliggande tjänsten ({value} ms)</translation>
    </message>
    <message>
        <source>answers the backend, but not as expected</source>
        <translation>svarar den bakomliggande tjänsten, men inte som väntat</translation>
    </message>
    <message>
        <source>answers with an error ({value})</source>
        <translation>svarar med ett fel ({value})</translation>
    </message>
    <message>
        <source>busy printing</source>
        <translation>skriver ut</translation>
    </message>
    <message>
        <source>cannot be asked: the backend does not answer</source>
        <translation>kan inte frågas: den bakomliggande tjänsten svarar inte</translation>
    </message>
    <message>
        <source>cannot be used</source>
        <translation>kan inte användas</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>certificate could not be checked</source>
        <translation>certifikatet kunde inte kontrolleras</translation>
    </message>
    <message>
        <source>certificate expires in {value} days: renew it</source>
        <translation>certifikatet går ut om {value} dagar: förnya det</translation>
    </message>
    <message>
        <source>certificate has expired</source>
        <translation>certifikatet har gått ut</translation>
    </message>
    <message>
        <source>certificate is for another host name</source>
        <translation>certifikatet gäller ett annat värdnamn</translation>
    </message>
    <message>
        <source>certificate not issued by a trusted CA</source>
        <translation>certifikatet är inte utfärdat av en betrodd CA</translation>
    </message>
    <message>
        <source>certificate not valid yet: check the clock</source>
        <translation>certifikatet är inte giltigt än: kontrollera klockan</translation>
    </message>
    <message>
        <source>certificate refused</source>
        <translation>certifikatet godkänns inte</translation>
    </message>
    <message>
        <source>certificate valid, {value} days left</source>
        <translation>certifikatet giltigt, {value} dagar kvar</translation>
    </message>
    <message>
        <source>clock in time ({value} s)</source>
        <translation>klockan går rätt ({value} s)</translation>
    </message>
    <message>
        <source>clock {value} s off the backend&apos;s</source>
        <translation>klockan {value} s fel jämfört med den bakomliggande tjänsten</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>luckan öppen</translation>
    </message>
    <message>
        <source>does not answer in time</source>
        <translation>svarar inte i tid</translation>
    </message>
    <message>
        <source>does not answer the backend</source>
        <translation>svarar inte den bakomliggande tjänsten</translation>
    </message>
    <message>
        <source>does not answer: no connection</source>
        <translation>svarar inte: ingen förbindelse</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <source>https://host (plain http:// only on this machine)</source>
        <translation>https://värd (enbart http:// bara på denna dator)</translation>
    </message>
    <message>
        <source>in use: {value}</source>
        <translation>används: {value}</translation>
    </message>
    <message>
        <source>no TLS on that port</source>
        <translation>ingen TLS på den porten</translation>
    </message>
    <message>
        <source>no card reader connected</source>
        <translation>ingen kortläsare ansluten</translation>
    </message>
    <message>
        <source>no reader matches the pattern “{value}”</source>
        <translation>ingen läsare motsvarar mönstret ”{value}”</translation>
    </message>
    <message>
        <source>none since the kiosk started</source>
        <translation>inga sedan kiosken startade</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>svarar inte</translation>
    </message>
    <message>
        <source>not set up at the backend: members cannot confirm</source>
        <translation>inte konfigurerad i den bakomliggande tjänsten: medlemmar kan inte bekräfta</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>slut på papper</translation>
    </message>
    <message>
        <source>paper near end: change the roll soon</source>
        <translation>pappret tar snart slut: byt rulle snart</translation>
    </message>
    <message>
        <source>plain HTTP on this machine</source>
        <translation>enbart HTTP på denna dator</translation>
    </message>
    <message>
        <source>plain HTTP: the connection is not encrypted</source>
        <translation>enbart HTTP: förbindelsen är inte krypterad</translation>
    </message>
    <message>
        <source>readers connected: {value}</source>
        <translation>anslutna läsare: {value}</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>refuses the backend&apos;s credentials</source>
        <translation>godkänner inte den bakomliggande tjänstens inloggningsuppgifter</translation>
    </message>
    <message>
        <source>refuses the secure connection</source>
        <translation>godkänner inte den säkra förbindelsen</translation>
    </message>
    <message>
        <source>refuses this kiosk&apos;s credential</source>
        <translation>godkänner inte kioskens inloggningsuppgifter</translation>
    </message>
    <message>
        <source>simulated: {value}</source>
        <translation>simulerad: {value}</translation>
    </message>
    <message>
        <source>the backend did not answer</source>
        <translation>den bakomliggande tjänsten svarade inte</translation>
    </message>
    <message>
        <source>the backend did not answer in time</source>
        <translation>den bakomliggande tjänsten svarade inte i tid</translation>
    </message>
    <message>
        <source>the backend failed</source>
        <translation>den bakomliggande tjänsten misslyckades</translation>
    </message>
    <message>
        <source>the backend refused this kiosk&apos;s credential</source>
        <translation>den bakomliggande tjänsten godkände inte kioskens inloggningsuppgifter</translation>
    </message>
    <message>
        <source>the backend&apos;s certificate was refused</source>
        <translation>den bakomliggande tjänstens certifikat godkändes inte</translation>
    </message>
    <message>
        <source>the card in it does not answer</source>
        <translation>kortet i den svarar inte</translation>
    </message>
    <message>
        <source>the card reader service (pcscd) does not answer</source>
        <translation>kortläsartjänsten (pcscd) svarar inte</translation>
    </message>
    <message>
        <source>the card reader was not available</source>
        <translation>kortläsaren var inte tillgänglig</translation>
    </message>
    <message>
        <source>the maintenance session has ended</source>
        <translation>servicesessionen har avslutats</translation>
    </message>
    <message>
        <source>the mobile certificate service did not answer</source>
        <translation>mobilcertifikattjänsten svarade inte</translation>
    </message>
    <message>
        <source>the reader cannot be used</source>
        <translation>läsaren kan inte användas</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} h</translation>
    </message>
    <message>
        <source>{gb} GB</source>
        <translation>{gb} GB</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{value} free</source>
        <translation>{value} ledigt</translation>
    </message>
</context>
<context>
    <name>MaintenanceView</name>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Kortläsare</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Serviceläge</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skrivare</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Technician {name}. Every action here is recorded.</source>
        <translation>Servicetekniker {name}. Varje åtgärd här registreras.</translation>
    </message>
</context>
<context>
    <name>MaskedValue</name>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
</context>
<context>
    <name>MemberCardPage</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Keep the card in the reader.</source>
        <translation>Låt kortet sitta kvar i läsaren.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Kortet läses…</translation>
    </message>
    <message>
        <source>Take the card out</source>
        <translation>Ta ut kortet</translation>
    </message>
    <message>
        <source>Take your staff card out of the reader</source>
        <translation>Ta ut ditt personalkort ur läsaren</translation>
    </message>
    <message>
        <source>The card proves itself; no mobile certificate is needed for this step.</source>
        <translation>Kortet bevisar sig självt; i det här skedet behövs inget mobilcertifikat.</translation>
    </message>
    <message>
        <source>The member inserts their owner card</source>
        <translation>Medlemmen sätter in sitt ägarkundskort</translation>
    </message>
    <message>
        <source>The member&apos;s card</source>
        <translation>Medlemmens kort</translation>
    </message>
    <message>
        <source>The owner member inserts their owner card</source>
        <translation>Ägarmedlemmen sätter in sitt ägarkundskort</translation>
    </message>
    <message>
        <source>The owner member&apos;s card</source>
        <translation>Ägarmedlemmens kort</translation>
    </message>
    <message>
        <source>The owner then confirms with their mobile certificate: that is their consent to adding a family member.</source>
        <translation>Sedan bekräftar ägaren med sitt mobilcertifikat: det är ägarens samtycke till att en familjemedlem läggs till.</translation>
    </message>
    <message>
        <source>The staff session stays open under your name until this is finished or cancelled.</source>
        <translation>Personalsessionen förblir öppen i ditt namn tills ärendet är klart eller avbrutet.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <source>Add a family member to a household</source>
        <translation>Lägg till en familjemedlem i ett hushåll</translation>
    </message>
    <message>
        <source>Add or change a member&apos;s mobile number</source>
        <translation>Lägg till eller byt en medlems mobilnummer</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Find the member, confirm who they are, link a new card from stock.</source>
        <translation>Sök medlemmen, bekräfta identiteten och koppla ett nytt kort från lagret.</translation>
    </message>
    <message>
        <source>Hello, {name}!</source>
        <translation>Hej, {name}!</translation>
    </message>
    <message>
        <source>My actions today</source>
        <translation>Mina åtgärder i dag</translation>
    </message>
    <message>
        <source>Replace a lost or damaged card</source>
        <translation>Ersätt ett förlorat eller skadat kort</translation>
    </message>
    <message>
        <source>Sign out and take your card.</source>
        <translation>Logga ut och ta ditt kort.</translation>
    </message>
    <message>
        <source>Staff menu · signed in as {name}. Take your card out when a member&apos;s card is needed; the flow goes on under your name.</source>
        <translation>Personalmeny · inloggad som {name}. Ta ut ditt kort när medlemmens kort behövs; ärendet fortsätter i ditt namn.</translation>
    </message>
    <message>
        <source>The member&apos;s card and an identity document; the new number is confirmed.</source>
        <translation>Medlemmens kort och en identitetshandling; det nya numret bekräftas.</translation>
    </message>
    <message>
        <source>The owner confirms with their mobile certificate; a new card from stock.</source>
        <translation>Ägaren bekräftar med mobilcertifikat; ett nytt kort från lagret.</translation>
    </message>
    <message>
        <source>What you have done at this kiosk today.</source>
        <translation>Det du har gjort vid den här terminalen i dag.</translation>
    </message>
</context>
<context>
    <name>NoticeView</name>
    <message>
        <source>Please take your card from the reader.</source>
        <translation>Ta ditt kort ur läsaren.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Insert your card again to continue.</source>
        <translation>Sätt in ditt kort igen för att fortsätta.</translation>
    </message>
    <message>
        <source>Please contact the staff at the checkout.</source>
        <translation>Be om hjälp i kassan.</translation>
    </message>
    <message>
        <source>Please insert your owner card. Payment cards and other cards do not work here.</source>
        <translation>Sätt in ditt ägarkundskort. Betalkort och andra kort fungerar inte här.</translation>
    </message>
    <message>
        <source>Please try again in a moment.</source>
        <translation>Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong</source>
        <translation>Något gick tyvärr fel</translation>
    </message>
    <message>
        <source>Staff functions are in the maintenance menu.</source>
        <translation>Personalfunktionerna finns i underhållsmenyn.</translation>
    </message>
    <message>
        <source>Staff have been notified.</source>
        <translation>Personalen har fått besked.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again.</source>
        <translation>Ta ut kortet och sätt in det igen.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again. If it happens again, please contact the staff at the checkout.</source>
        <translation>Ta ut kortet och sätt in det igen. Om det händer igen, vänd dig till personalen vid kassan.</translation>
    </message>
    <message>
        <source>The PIN was entered wrong too many times. Ask your supervisor to unlock it.</source>
        <translation>PIN-koden har angetts fel för många gånger. Be din förman låsa upp kortet.</translation>
    </message>
    <message>
        <source>The card answered too slowly</source>
        <translation>Kortet svarade för långsamt</translation>
    </message>
    <message>
        <source>The card could not be read</source>
        <translation>Kortet kunde inte läsas</translation>
    </message>
    <message>
        <source>The card could not be verified</source>
        <translation>Kortet kunde inte kontrolleras</translation>
    </message>
    <message>
        <source>The service is busy right now</source>
        <translation>Tjänsten är överbelastad just nu</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable</source>
        <translation>Tjänsten fungerar inte för tillfället</translation>
    </message>
    <message>
        <source>This card has been reported lost</source>
        <translation>Det här kortet har anmälts som förlorat</translation>
    </message>
    <message>
        <source>This card is locked</source>
        <translation>Kortet är låst</translation>
    </message>
    <message>
        <source>This card is no longer valid</source>
        <translation>Det här kortet är inte längre giltigt</translation>
    </message>
    <message>
        <source>This is a staff card</source>
        <translation>Det här är ett personalkort</translation>
    </message>
    <message>
        <source>This is not our owner card</source>
        <translation>Det här är inte vårt ägarkundskort</translation>
    </message>
    <message>
        <source>This kiosk is out of order</source>
        <translation>Den här terminalen är ur funktion</translation>
    </message>
    <message>
        <source>We do not recognise this card</source>
        <translation>Vi känner inte igen det här kortet</translation>
    </message>
    <message>
        <source>We returned to the start. Please try again.</source>
        <translation>Vi gick tillbaka till början. Försök igen.</translation>
    </message>
    <message>
        <source>Your session has ended</source>
        <translation>Ditt besök har avslutats</translation>
    </message>
    <message>
        <source>Your staff access has been withdrawn</source>
        <translation>Din behörighet som personal har dragits in</translation>
    </message>
    <message>
        <source>Your staff session has ended. What was not finished was not saved. Please ask your supervisor.</source>
        <translation>Din personalsession har avslutats. Det som inte var klart sparades inte. Vänd dig till din förman.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Backspace</source>
        <translation>Backsteg</translation>
    </message>
    <message>
        <source>Caps lock</source>
        <translation>Versallås</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Bokstäver</translation>
    </message>
    <message>
        <source>Numbers and symbols</source>
        <translation>Siffror och tecken</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Skift</translation>
    </message>
    <message>
        <source>space</source>
        <translation>mellanslag</translation>
    </message>
</context>
<context>
    <name>OutputOverlay</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>For your privacy the code works only for a short while.</source>
        <translation>För att skydda dina uppgifter fungerar koden bara en kort stund.</translation>
    </message>
    <message>
        <source>If part of the receipt came out of the printer, tear it off and take it with you: it shows your purchases. It is not a complete receipt, so you can throw it away.</source>
        <translation>Om en del av kvittot kom ut ur skrivaren, riv av den och ta den med dig: den visar dina inköp. Det är inte ett fullständigt kvitto, så du kan slänga det.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Skapa en ny kod</translation>
    </message>
    <message>
        <source>Making the link…</source>
        <translation>Länken skapas…</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>Ett ögonblick.</translation>
    </message>
    <message>
        <source>Open your phone&apos;s camera and point it at the code. The receipt opens in the browser, where you can also save it.</source>
        <translation>Öppna telefonens kamera och rikta den mot koden. Kvittot öppnas i webbläsaren, där du också kan spara det.</translation>
    </message>
    <message>
        <source>Preparing your receipt…</source>
        <translation>Kvittot förbereds…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <source>QR code: opens the receipt on your phone</source>
        <translation>QR-kod: öppnar kvittot i din telefon</translation>
    </message>
    <message>
        <source>QR code: opens the warranty receipt on your phone</source>
        <translation>QR-kod: öppnar garantikvittot i din telefon</translation>
    </message>
    <message>
        <source>QR code: opens your register data on your phone</source>
        <translation>QR-kod: öppnar ditt registerutdrag i din telefon</translation>
    </message>
    <message>
        <source>Scan the code with your phone</source>
        <translation>Skanna koden med din telefon</translation>
    </message>
    <message>
        <source>Something went wrong on our side. Please try again.</source>
        <translation>Något gick fel hos oss. Försök igen.</translation>
    </message>
    <message>
        <source>Take to phone instead</source>
        <translation>Ta till telefonen</translation>
    </message>
    <message>
        <source>Take your receipt</source>
        <translation>Ta ditt kvitto</translation>
    </message>
    <message numerus="yes">
        <source>The code works until {time} (%n minutes).</source>
        <translation>
            <numerusform>Koden fungerar till kl. {time} (%n minut).</numerusform>
            <numerusform>Koden fungerar till kl. {time} (%n minuter).</numerusform>
        </translation>
    </message>
    <message>
        <source>The link has expired</source>
        <translation>Länken har gått ut</translation>
    </message>
    <message>
        <source>The printer cannot print right now</source>
        <translation>Skrivaren kan inte skriva ut just nu</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>Skrivaren svarar inte.</translation>
    </message>
    <message>
        <source>The printer is not ready.</source>
        <translation>Skrivaren är inte redo.</translation>
    </message>
    <message>
        <source>The printer is offline.</source>
        <translation>Skrivaren är inte i bruk.</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>Skrivaren har slut på papper.</translation>
    </message>
    <message>
        <source>The printer is still busy with an earlier receipt.</source>
        <translation>Skrivaren skriver fortfarande ut ett tidigare kvitto.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open.</source>
        <translation>Skrivarens lock är öppet.</translation>
    </message>
    <message>
        <source>The receipt as it is printed</source>
        <translation>Kvittot så som det skrivs ut</translation>
    </message>
    <message>
        <source>The receipt was not printed</source>
        <translation>Kvittot skrevs inte ut</translation>
    </message>
    <message>
        <source>The warranty receipt as it is printed</source>
        <translation>Garantikvittot så som det skrivs ut</translation>
    </message>
    <message>
        <source>This could not be done right now</source>
        <translation>Det gick inte just nu</translation>
    </message>
    <message>
        <source>This receipt is no longer available.</source>
        <translation>Kvittot finns inte längre.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Try printing again</source>
        <translation>Försök skriva ut igen</translation>
    </message>
    <message>
        <source>We could not reach the service. Please try again in a moment.</source>
        <translation>Vi nådde inte tjänsten. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>You can take the receipt to your phone instead: scan a QR code with the phone&apos;s camera.</source>
        <translation>Du kan i stället ta kvittot till din telefon: skanna en QR-kod med telefonens kamera.</translation>
    </message>
    <message>
        <source>Your receipt is being printed.</source>
        <translation>Ditt kvitto skrivs ut.</translation>
    </message>
    <message>
        <source>Your receipt is waiting in the printer below the screen.</source>
        <translation>Kvittot väntar i skrivaren under skärmen.</translation>
    </message>
    <message>
        <source>Your register data as it is printed</source>
        <translation>Ditt registerutdrag så som det skrivs ut</translation>
    </message>
</context>
<context>
    <name>ParticipatePage</name>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n svar</numerusform>
            <numerusform>%n svar</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Completed: see the results</source>
        <translation>Avslutade: se resultaten</translation>
    </message>
    <message>
        <source>Customer panels</source>
        <translation>Kundpaneler</translation>
    </message>
    <message>
        <source>Join a panel on a topic that interests you: panel members get surveys and help decide what we do next. You can leave at any time.</source>
        <translation>Gå med i en panel om ett ämne som intresserar dig: panelens medlemmar får enkäter och är med och bestämmer vad vi gör härnäst. Du kan lämna när du vill.</translation>
    </message>
    <message>
        <source>Join a panel to take part in its surveys and see their results.</source>
        <translation>Gå med i en panel för att delta i dess enkäter och se resultaten.</translation>
    </message>
    <message>
        <source>Join the panel</source>
        <translation>Gå med i panelen</translation>
    </message>
    <message>
        <source>Join “{panel}”?</source>
        <translation>Gå med i ”{panel}”?</translation>
    </message>
    <message>
        <source>Joining did not succeed, so nothing changed. Please try again later.</source>
        <translation>Det gick inte att gå med, så ingenting ändrades. Försök igen senare.</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Går med…</translation>
    </message>
    <message>
        <source>Leave the panel</source>
        <translation>Lämna panelen</translation>
    </message>
    <message>
        <source>Leave “{panel}”?</source>
        <translation>Lämna ”{panel}”?</translation>
    </message>
    <message>
        <source>Leaving did not succeed, so you are still a member. Please try again later.</source>
        <translation>Det gick inte att lämna panelen, så du är fortfarande medlem. Försök igen senare.</translation>
    </message>
    <message>
        <source>Leaving…</source>
        <translation>Lämnar…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Member since {date}</source>
        <translation>Medlem sedan {date}</translation>
    </message>
    <message>
        <source>No survey of your panels is open right now.</source>
        <translation>Just nu finns det inga öppna enkäter i dina paneler.</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Inte medlem</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Öppna nu</translation>
    </message>
    <message>
        <source>Thank you! Your answers to “{survey}” were counted. The results are shown here when the survey closes.</source>
        <translation>Tack! Dina svar på ”{survey}” har räknats med. Resultaten visas här när enkäten stänger.</translation>
    </message>
    <message>
        <source>We could not reach the service, so you are still a member. Please try again in a moment.</source>
        <translation>Vi fick ingen kontakt med tjänsten, så du är fortfarande medlem. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>We could not reach the service, so you did not join. Please try again in a moment.</source>
        <translation>Vi fick ingen kontakt med tjänsten, så du gick inte med. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Welcome to the panel! Its surveys will now come to you.</source>
        <translation>Välkommen till panelen! Nu får du dess enkäter.</translation>
    </message>
    <message>
        <source>Yes, join</source>
        <translation>Ja, gå med</translation>
    </message>
    <message>
        <source>Yes, leave</source>
        <translation>Ja, lämna</translation>
    </message>
    <message>
        <source>You had already answered “{survey}”. Your earlier answers count; each member answers once.</source>
        <translation>Du hade redan svarat på ”{survey}”. Dina tidigare svar gäller; varje medlem svarar en gång.</translation>
    </message>
    <message>
        <source>You left the panel. You will get no more surveys from it.</source>
        <translation>Du har lämnat panelen. Du får inga fler enkäter från den.</translation>
    </message>
    <message>
        <source>You will get the panel&apos;s surveys, and your answers help shape what we do. You can leave the panel at any time.</source>
        <translation>Du får panelens enkäter, och dina svar hjälper oss att utveckla det vi gör. Du kan lämna panelen när du vill.</translation>
    </message>
    <message>
        <source>You will no longer get surveys from this panel. You can join again later.</source>
        <translation>Du får inte längre enkäter från den här panelen. Du kan gå med igen senare.</translation>
    </message>
    <message>
        <source>Your answers could not be sent right now. Your choices are still here; please try again in a moment.</source>
        <translation>Dina svar kunde inte skickas just nu. Dina val finns kvar; försök igen om en stund.</translation>
    </message>
    <message>
        <source>Your answers were not sent: the service could not be reached. Your choices are still here; please try again.</source>
        <translation>Dina svar skickades inte: tjänsten kunde inte nås. Dina val finns kvar; försök igen.</translation>
    </message>
    <message>
        <source>Your panels have no completed surveys yet.</source>
        <translation>Dina paneler har inga avslutade enkäter ännu.</translation>
    </message>
    <message>
        <source>Your surveys</source>
        <translation>Dina enkäter</translation>
    </message>
    <message>
        <source>{panel} · answered, thank you · results after it closes on {date}</source>
        <translation>{panel} · besvarad, tack · resultat när den stänger {date}</translation>
    </message>
    <message numerus="yes">
        <source>{panel} · closed on {date} · %n respondents</source>
        <translation>
            <numerusform>{panel} · avslutades {date} · %n svarande</numerusform>
            <numerusform>{panel} · avslutades {date} · %n svarande</numerusform>
        </translation>
    </message>
    <message>
        <source>{panel} · closed on {date} · see the results</source>
        <translation>{panel} · avslutades {date} · se resultaten</translation>
    </message>
    <message>
        <source>{panel} · open until {date}</source>
        <translation>{panel} · öppen till {date}</translation>
    </message>
    <message>
        <source>{panel} · open until {date} · answer now</source>
        <translation>{panel} · öppen till {date} · svara nu</translation>
    </message>
    <message>
        <source>“{survey}” closed before your answers arrived, so they were not counted.</source>
        <translation>”{survey}” stängde innan dina svar kom fram, så de räknades inte med.</translation>
    </message>
    <message>
        <source>‹ Back to panels</source>
        <translation>‹ Tillbaka till panelerna</translation>
    </message>
</context>
<context>
    <name>PhoneDetailsPage</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Identity document and the new number</source>
        <translation>Identitetshandling och det nya numret</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>The identity document you checked</source>
        <translation>Identitetshandlingen du kontrollerade</translation>
    </message>
    <message>
        <source>The member&apos;s mobile certificate requests will come to this number.</source>
        <translation>Förfrågningar om identifiering med medlemmens mobilcertifikat kommer till det här numret.</translation>
    </message>
    <message>
        <source>The new mobile phone number</source>
        <translation>Det nya mobilnumret</translation>
    </message>
    <message>
        <source>Will be saved as {number}</source>
        <translation>Sparas som {number}</translation>
    </message>
    <message>
        <source>{name}&apos;s card has proven itself. Check their identity document.</source>
        <translation>Kortet för {name} har bevisat sig självt. Kontrollera identitetshandlingen.</translation>
    </message>
</context>
<context>
    <name>PinView</name>
    <message numerus="yes">
        <source>%n digits typed</source>
        <translation>
            <numerusform>%n siffra inmatad</numerusform>
            <numerusform>%n siffror inmatade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tries left.</source>
        <translation>
            <numerusform>%n försök kvar.</numerusform>
            <numerusform>%n försök kvar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Enter your PIN. It is checked by the card.</source>
        <translation>Ange din PIN-kod. Kortet kontrollerar den.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation>Personalkort</translation>
    </message>
    <message>
        <source>Technician card</source>
        <translation>Servicekort</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Fel PIN-kod. %n försök kvar.</numerusform>
            <numerusform>Fel PIN-kod. %n försök kvar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalView</name>
    <message>
        <source>End session</source>
        <translation>Avsluta besöket</translation>
    </message>
    <message>
        <source>Hello, {name}!</source>
        <translation>Hej, {name}!</translation>
    </message>
    <message>
        <source>Identity confirmed with mobile certificate</source>
        <translation>Du har identifierat dig med mobilcertifikat</translation>
    </message>
    <message>
        <source>Signed in with your card only</source>
        <translation>Du har loggat in med bara kortet</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Cut test</source>
        <translation>Skärtest</translation>
    </message>
    <message>
        <source>Cut: the printer confirmed the strip and the cut.</source>
        <translation>Skuret: skrivaren bekräftade remsan och skärningen.</translation>
    </message>
    <message>
        <source>Not printed: the printer is busy with another job. Nothing was sent.</source>
        <translation>Inte utskrivet: skrivaren är upptagen med ett annat jobb. Inget skickades.</translation>
    </message>
    <message>
        <source>Not printed: {reason}.</source>
        <translation>Inte utskrivet: {reason}.</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Skriv ut testsida</translation>
    </message>
    <message>
        <source>Printed: the printer confirmed the whole page. Check it against the preview.</source>
        <translation>Utskrivet: skrivaren bekräftade hela sidan. Jämför den med förhandsvisningen.</translation>
    </message>
    <message>
        <source>Printer now</source>
        <translation>Skrivaren nu</translation>
    </message>
    <message>
        <source>Printing and cutting…</source>
        <translation>Skriver ut och skär…</translation>
    </message>
    <message>
        <source>Printing the test page…</source>
        <translation>Testsidan skrivs ut…</translation>
    </message>
    <message>
        <source>The test page as it prints</source>
        <translation>Testsidan som den skrivs ut</translation>
    </message>
    <message>
        <source>The test page as printed</source>
        <translation>Testsidan som utskriven</translation>
    </message>
    <message>
        <source>The test page shows the printer&apos;s width with a ruler, å ä ö €, a solid bar and a QR code of this kiosk and the time. The cut test prints a short strip and cuts it.</source>
        <translation>Testsidan visar skrivarens bredd med en linjal, å ä ö €, en svart list och en QR-kod med denna kiosk och tiden. Skärtestet skriver ut en kort remsa och skär av den.</translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <source>A request was sent to {phone}</source>
        <translation>En begäran skickades till {phone}</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Återkalla begäran</translation>
    </message>
    <message>
        <source>Check that the phone shows the same code. Then the PIN of the mobile certificate is entered on the phone.</source>
        <translation>Kontrollera att telefonen visar samma händelsekod. Sedan anges mobilcertifikatets PIN-kod i telefonen.</translation>
    </message>
    <message>
        <source>Sending the request to the phone…</source>
        <translation>Begäran skickas till telefonen…</translation>
    </message>
    <message>
        <source>Time left {time}</source>
        <translation>Tid kvar {time}</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>Answer to reset (ATR): {atr}</source>
        <translation>Svar på återställning (ATR): {atr}</translation>
    </message>
    <message>
        <source>Card reader service (pcscd): not answering</source>
        <translation>Kortläsartjänsten (pcscd): svarar inte</translation>
    </message>
    <message>
        <source>Card reader service: answering. Readers: {count}</source>
        <translation>Kortläsartjänsten: svarar. Läsare: {count}</translation>
    </message>
    <message>
        <source>Card reader service: checking…</source>
        <translation>Kortläsartjänsten: kontrolleras…</translation>
    </message>
    <message>
        <source>Its PIN is blocked.</source>
        <translation>Dess PIN-kod är spärrad.</translation>
    </message>
    <message>
        <source>No card reader connected.</source>
        <translation>Ingen kortläsare är ansluten.</translation>
    </message>
    <message>
        <source>None of them matches the pattern “{pattern}”: the kiosk uses no reader.</source>
        <translation>Ingen av dem motsvarar mönstret ”{pattern}”: kiosken använder ingen läsare.</translation>
    </message>
    <message>
        <source>Our card: {kind}, number {number}.</source>
        <translation>Vårt kort: {kind}, nummer {number}.</translation>
    </message>
    <message>
        <source>PIN tries left: {tries}.</source>
        <translation>PIN-försök kvar: {tries}.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Kortet läses…</translation>
    </message>
    <message>
        <source>Test a card</source>
        <translation>Testa ett kort</translation>
    </message>
    <message>
        <source>You may take your own card out to test another: maintenance stays open until you tap End, or nobody touches the screen for a while. Testing opens no session.</source>
        <translation>Du kan ta ut ditt eget kort för att testa ett annat: serviceläget är öppet tills du trycker på Avsluta eller ingen rör skärmen på en stund. Testet öppnar ingen session.</translation>
    </message>
    <message>
        <source>used by the kiosk</source>
        <translation>används av kiosken</translation>
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
        <translation>Låt kortet sitta kvar i läsaren.</translation>
    </message>
    <message>
        <source>Reading your card…</source>
        <translation>Vi läser ditt kort…</translation>
    </message>
</context>
<context>
    <name>ReceiptListModel</name>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n produkt</numerusform>
            <numerusform>%n produkter</numerusform>
        </translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Nr {number}</translation>
    </message>
</context>
<context>
    <name>ReceiptsPage</name>
    <message numerus="yes">
        <source>%n receipts</source>
        <translation>
            <numerusform>%n kvitto</numerusform>
            <numerusform>%n kvitton</numerusform>
        </translation>
    </message>
    <message>
        <source>All of {year}</source>
        <translation>Hela {year}</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alla butiker</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Hela tiden</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Bonus-eligible purchases</source>
        <translation>Bonusberättigande köp</translation>
    </message>
    <message>
        <source>Card •••• {last4}</source>
        <translation>Kort •••• {last4}</translation>
    </message>
    <message>
        <source>Choose a month</source>
        <translation>Välj månad</translation>
    </message>
    <message>
        <source>Choose a month…</source>
        <translation>Välj månad…</translation>
    </message>
    <message>
        <source>Choose a store</source>
        <translation>Välj butik</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Ta bort filtren</translation>
    </message>
    <message>
        <source>Discount {amount}</source>
        <translation>Rabatt {amount}</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Exkl. moms</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Inkl. moms</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagar</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>I fjol</translation>
    </message>
    <message>
        <source>More receipts could not be loaded.</source>
        <translation>Fler kvitton kunde inte hämtas.</translation>
    </message>
    <message>
        <source>No receipts match</source>
        <translation>Inga kvitton hittades</translation>
    </message>
    <message>
        <source>Over {count} receipts</source>
        <translation>Över {count} kvitton</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betalsätt</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Product or receipt number</source>
        <translation>Produkt eller kvittonummer</translation>
    </message>
    <message>
        <source>Receipt number {number}</source>
        <translation>Kvittonummer {number}</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Kvitton</translation>
    </message>
    <message>
        <source>Receipts from every store</source>
        <translation>Kvitton från alla butiker</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Search receipts</source>
        <translation>Sök kvitton</translation>
    </message>
    <message>
        <source>Show warranty receipt</source>
        <translation>Visa garantikvittot</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butik</translation>
    </message>
    <message>
        <source>Take to phone</source>
        <translation>Ta till telefonen</translation>
    </message>
    <message>
        <source>Tap to choose a store</source>
        <translation>Tryck för att välja butik</translation>
    </message>
    <message>
        <source>These words cannot be searched. Try other words.</source>
        <translation>Det går inte att söka med de här orden. Försök med andra ord.</translation>
    </message>
    <message numerus="yes">
        <source>This purchase has %n warranty receipts.</source>
        <translation>
            <numerusform>Köpet har %n garantikvitto.</numerusform>
            <numerusform>Köpet har %n garantikvitton.</numerusform>
        </translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sammanlagt</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Try other words or a longer time, or clear the filters.</source>
        <translation>Försök med andra ord eller en längre tid, eller ta bort filtren.</translation>
    </message>
    <message>
        <source>Use at most {count} words.</source>
        <translation>Använd högst {count} ord.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <source>Warranty receipt {n}</source>
        <translation>Garantikvitto {n}</translation>
    </message>
    <message>
        <source>You have no electronic receipts yet.</source>
        <translation>Du har inga elektroniska kvitton ännu.</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>st</translation>
    </message>
    <message>
        <source>{price} each</source>
        <translation>{price}/st</translation>
    </message>
    <message>
        <source>{price} per kg</source>
        <translation>{price}/kg</translation>
    </message>
    <message>
        <source>{seller} · Business ID {business_id}</source>
        <translation>{seller} · FO-nummer {business_id}</translation>
    </message>
    <message>
        <source>‹ Receipts</source>
        <translation>‹ Kvitton</translation>
    </message>
</context>
<context>
    <name>RegisterDataPage</name>
    <message>
        <source>Everything the owner-customer register and the customer register hold about you.</source>
        <translation>Allt som ägarkundregistret och kundregistret innehåller om dig.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Register data</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>Take to phone</source>
        <translation>Ta till telefonen</translation>
    </message>
</context>
<context>
    <name>SavingPage</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Saving the new number</source>
        <translation>Det nya numret sparas</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Confirm with mobile certificate</source>
        <translation>Identifiera dig med mobilcertifikat</translation>
    </message>
    <message>
        <source>Confirm your identity to see this</source>
        <translation>Identifiera dig för att se mer</translation>
    </message>
    <message>
        <source>This needs a mobile certificate</source>
        <translation>Det här kräver mobilcertifikat</translation>
    </message>
    <message>
        <source>This section shows your personal information. To protect it, please confirm your identity first.</source>
        <translation>Här visas dina personuppgifter. För att skydda dem ber vi dig identifiera dig först.</translation>
    </message>
    <message>
        <source>We have no mobile phone number for you. A store clerk can add it here at this kiosk; then you can confirm your identity and see this.</source>
        <translation>Vi har inget mobilnummer för dig. Butikspersonalen kan lägga till det här vid kiosken; därefter kan du bekräfta din identitet och se det här.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Change what is needed and tap Save. Nothing is written until every value is accepted; the kiosk uses the new values after a restart.</source>
        <translation>Ändra det som behövs och tryck på Spara. Inget skrivs förrän alla värden godkänns; kiosken använder de nya värdena efter en omstart.</translation>
    </message>
    <message>
        <source>Checking the new values…</source>
        <translation>De nya värdena kontrolleras…</translation>
    </message>
    <message>
        <source>Not saved yet: {names}. Read the warning below, then save anyway or change the value.</source>
        <translation>Inte sparat än: {names}. Läs varningen nedan och spara ändå eller ändra värdet.</translation>
    </message>
    <message>
        <source>Not saved. Nothing was written.</source>
        <translation>Inte sparat. Inget skrevs.</translation>
    </message>
    <message>
        <source>Not saved: the values marked below are not accepted. Nothing was written.</source>
        <translation>Inte sparat: värdena som markerats nedan godkänns inte. Inget skrevs.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Starta om nu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Spara ändå</translation>
    </message>
    <message>
        <source>Saved: {names}. The old file is kept as a backup. Restart the kiosk to use the new values.</source>
        <translation>Sparat: {names}. Den gamla filen sparas som säkerhetskopia. Starta om kiosken för att använda de nya värdena.</translation>
    </message>
    <message>
        <source>Set by {variable}: it cannot be changed here.</source>
        <translation>Satt av {variable}: det kan inte ändras här.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be used here.</source>
        <translation>Inställningsfilen {path} kan inte användas här.</translation>
    </message>
    <message>
        <source>This kiosk runs without a settings file (a demo): nothing can be saved here.</source>
        <translation>Denna kiosk körs utan inställningsfil (en demo): inget kan sparas här.</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Ångra ändringar</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>Card replaced</source>
        <translation>Kort ersatt</translation>
    </message>
    <message>
        <source>Family member added</source>
        <translation>Familjemedlem tillagd</translation>
    </message>
    <message>
        <source>Mobile number added or changed</source>
        <translation>Mobilnummer tillagt eller bytt</translation>
    </message>
    <message>
        <source>Other action</source>
        <translation>Annan åtgärd</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Inloggning nekad</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inloggad</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Utloggad</translation>
    </message>
    <message>
        <source>identity: document checked</source>
        <translation>identitet: handling kontrollerad</translation>
    </message>
    <message>
        <source>identity: mobile certificate</source>
        <translation>identitet: mobilcertifikat</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Assisted by {name}</source>
        <translation>Med hjälp av {name}</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>StaffEnrolment</name>
    <message>
        <source>family member</source>
        <translation>familjemedlem</translation>
    </message>
    <message>
        <source>owner member</source>
        <translation>ägarmedlem</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>(not heard from lately)</source>
        <translation>(inte hörts av på en stund)</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>Den här terminalen</translation>
    </message>
    <message>
        <source>{kiosk}: out of paper</source>
        <translation>{kiosk}: slut på papper</translation>
    </message>
    <message>
        <source>{kiosk}: paper running low</source>
        <translation>{kiosk}: pappret håller på att ta slut</translation>
    </message>
</context>
<context>
    <name>StaffParts</name>
    <message>
        <source>ADD A FAMILY MEMBER</source>
        <translation>LÄGG TILL EN FAMILJEMEDLEM</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Körkort</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Identitetskort</translation>
    </message>
    <message>
        <source>MOBILE NUMBER</source>
        <translation>MOBILNUMMER</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>REPLACE A CARD</source>
        <translation>ERSÄTT ETT KORT</translation>
    </message>
    <message>
        <source>{flow} · STEP {number} OF {total}</source>
        <translation>{flow} · STEG {number} AV {total}</translation>
    </message>
</context>
<context>
    <name>StaffTexts</name>
    <message>
        <source>A member cannot be added to another household here.</source>
        <translation>En medlem kan inte läggas till i ett annat hushåll här.</translation>
    </message>
    <message>
        <source>Adding a family member needs the owner&apos;s consent with their mobile certificate. Add the owner&apos;s number first with &quot;Add or change a member&apos;s mobile number&quot;, then add the family member.</source>
        <translation>För att lägga till en familjemedlem behövs ägarmedlemmens samtycke med mobilcertifikat. Lägg först till ägarens nummer med &quot;Lägg till eller byt en medlems mobilnummer&quot; och lägg sedan till familjemedlemmen.</translation>
    </message>
    <message>
        <source>Check an identity document instead: ask the member for their passport, identity card or driving licence.</source>
        <translation>Kontrollera i stället en identitetshandling: be medlemmen om pass, identitetskort eller körkort.</translation>
    </message>
    <message>
        <source>Check the spelling of the names on the form with the person, or check an identity document instead.</source>
        <translation>Kontrollera stavningen av namnen med personen, eller kontrollera i stället en identitetshandling.</translation>
    </message>
    <message>
        <source>Finish or cancel the other request on the phone, then try again.</source>
        <translation>Slutför eller avbryt den andra begäran i telefonen och försök sedan igen.</translation>
    </message>
    <message>
        <source>Its PIN was entered wrong too many times. The mobile operator can unlock it.</source>
        <translation>Dess PIN-kod angavs fel för många gånger. Mobiloperatören kan låsa upp det.</translation>
    </message>
    <message>
        <source>No member was found with this number or code. Check it with the member.</source>
        <translation>Ingen medlem hittades med det här numret eller den här beteckningen. Kontrollera den med medlemmen.</translation>
    </message>
    <message>
        <source>Only a few requests can be sent in a short time. Try again later, or check an identity document.</source>
        <translation>Bara några få förfrågningar kan skickas på kort tid. Försök igen senare eller kontrollera en identitetshandling.</translation>
    </message>
    <message>
        <source>Please check the marked fields.</source>
        <translation>Kontrollera de markerade fälten.</translation>
    </message>
    <message>
        <source>Several members share this phone number. Search with the personal identity code instead.</source>
        <translation>Flera medlemmar har samma telefonnummer. Sök i stället med personbeteckningen.</translation>
    </message>
    <message>
        <source>Some details were not accepted. Please check the marked fields.</source>
        <translation>Alla uppgifter godkändes inte. Kontrollera de markerade fälten.</translation>
    </message>
    <message>
        <source>Something changed at the same time elsewhere. Try again to see what.</source>
        <translation>Något ändrades samtidigt på annat håll. Försök igen för att se vad.</translation>
    </message>
    <message>
        <source>The answer from the mobile certificate service did not check out. You can try again.</source>
        <translation>Svaret från mobilcertifikattjänsten stämde inte. Du kan försöka igen.</translation>
    </message>
    <message>
        <source>The card answered too slowly. Take it out and insert it again.</source>
        <translation>Kortet svarade för långsamt. Ta ut det och sätt in det igen.</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out and insert it again.</source>
        <translation>Kortet kunde inte läsas. Ta ut det och sätt in det igen.</translation>
    </message>
    <message>
        <source>The card could not be verified: it did not prove its key. Take it out and use another card.</source>
        <translation>Kortet kunde inte verifieras: det bevisade inte sin nyckel. Ta ut det och använd ett annat kort.</translation>
    </message>
    <message>
        <source>The confirmation timed out.</source>
        <translation>Tiden för identifieringen gick ut.</translation>
    </message>
    <message>
        <source>The connection to the service was lost. Nothing you typed is lost. Try again.</source>
        <translation>Förbindelsen till tjänsten bröts. Inget du skrev har gått förlorat. Försök igen.</translation>
    </message>
    <message>
        <source>The connection was lost while saving. Nothing you typed is lost. Try again: if it was saved already, you will see it, and nothing is saved twice.</source>
        <translation>Förbindelsen bröts medan uppgifterna sparades. Inget du skrev har gått förlorat. Försök igen: om det redan sparades ser du det, och inget sparas två gånger.</translation>
    </message>
    <message>
        <source>The date in the identity code does not exist. Check the first six digits.</source>
        <translation>Datumet i personbeteckningen finns inte. Kontrollera de sex första siffrorna.</translation>
    </message>
    <message>
        <source>The identity code&apos;s check character does not match. Check every character.</source>
        <translation>Personbeteckningens kontrolltecken stämmer inte. Kontrollera varje tecken.</translation>
    </message>
    <message>
        <source>The identity confirmation is no longer valid. Confirm the person&apos;s identity again.</source>
        <translation>Identitetsbekräftelsen gäller inte längre. Bekräfta personens identitet igen.</translation>
    </message>
    <message>
        <source>The identity could not be confirmed.</source>
        <translation>Identiteten kunde inte bekräftas.</translation>
    </message>
    <message>
        <source>The member has no mobile certificate on file.</source>
        <translation>Medlemmen har inget mobilcertifikat i registret.</translation>
    </message>
    <message>
        <source>The member has no mobile phone number on file.</source>
        <translation>Medlemmen har inget mobilnummer i registret.</translation>
    </message>
    <message>
        <source>The member&apos;s confirmation is no longer valid. The member inserts their card again; what you typed is kept.</source>
        <translation>Medlemmens bekräftelse gäller inte längre. Medlemmen sätter in sitt kort igen; det du skrev finns kvar.</translation>
    </message>
    <message>
        <source>The mobile certificate is locked.</source>
        <translation>Mobilcertifikatet är låst.</translation>
    </message>
    <message>
        <source>The mobile certificate is not this member&apos;s.</source>
        <translation>Mobilcertifikatet tillhör inte den här medlemmen.</translation>
    </message>
    <message>
        <source>The mobile certificate is ordered from the mobile operator.</source>
        <translation>Mobilcertifikatet beställs av mobiloperatören.</translation>
    </message>
    <message>
        <source>The mobile certificate service is not answering right now.</source>
        <translation>Mobilcertifikattjänsten svarar inte just nu.</translation>
    </message>
    <message>
        <source>The name on the mobile certificate is not the name typed.</source>
        <translation>Namnet i mobilcertifikatet är inte det inskrivna namnet.</translation>
    </message>
    <message>
        <source>The new card must prove itself again. Insert it again.</source>
        <translation>Det nya kortet måste bevisa sig självt igen. Sätt in det igen.</translation>
    </message>
    <message>
        <source>The owner has no mobile phone number on file.</source>
        <translation>Ägaren har inget mobilnummer i registret.</translation>
    </message>
    <message>
        <source>The phone is handling another request.</source>
        <translation>Telefonen behandlar en annan begäran.</translation>
    </message>
    <message>
        <source>The phone that answered belongs to someone else. Check an identity document instead.</source>
        <translation>Telefonen som svarade tillhör någon annan. Kontrollera i stället en identitetshandling.</translation>
    </message>
    <message>
        <source>The request on the phone was not answered in time.</source>
        <translation>Begäran i telefonen besvarades inte i tid.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Begäran avbröts.</translation>
    </message>
    <message>
        <source>The search has expired. Find the member again.</source>
        <translation>Sökningen har gått ut. Sök medlemmen igen.</translation>
    </message>
    <message>
        <source>The service could not do this right now. Nothing you typed is lost. Try again in a moment.</source>
        <translation>Tjänsten kunde inte göra detta just nu. Inget du skrev har gått förlorat. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The service did not accept this step. Cancel and start again.</source>
        <translation>Tjänsten godkände inte det här steget. Avbryt och börja om.</translation>
    </message>
    <message>
        <source>Their identity cannot be confirmed on a phone. Add their number first with &quot;Add or change a member&apos;s mobile number&quot;.</source>
        <translation>Identiteten kan inte bekräftas med telefon. Lägg först till numret med &quot;Lägg till eller byt en medlems mobilnummer&quot;.</translation>
    </message>
    <message>
        <source>This cannot be left empty.</source>
        <translation>Fältet får inte vara tomt.</translation>
    </message>
    <message>
        <source>This card belongs to a family member. Only the household&apos;s owner member can add family members: take this card out and insert the owner&apos;s card.</source>
        <translation>Det här kortet tillhör en familjemedlem. Bara hushållets ägarmedlem kan lägga till familjemedlemmar: ta ut kortet och sätt in ägarens kort.</translation>
    </message>
    <message>
        <source>This card belongs to another store&apos;s stock. Take it out and insert a new card from this store&apos;s stock.</source>
        <translation>Det här kortet hör till en annan butiks lager. Ta ut det och sätt in ett nytt kort från den här butikens lager.</translation>
    </message>
    <message>
        <source>This card has been reported lost and cannot be used. Replace it from the staff menu.</source>
        <translation>Det här kortet har anmälts som förlorat och kan inte användas. Ersätt det via personalmenyn.</translation>
    </message>
    <message>
        <source>This card is already in use. Take it out and insert a new card from stock.</source>
        <translation>Det här kortet används redan. Ta ut det och sätt in ett nytt kort från lagret.</translation>
    </message>
    <message>
        <source>This card is closed and cannot be used. If the member has lost their only card, replace it from the staff menu.</source>
        <translation>Det här kortet är stängt och kan inte användas. Om medlemmen har förlorat sitt enda kort, ersätt det via personalmenyn.</translation>
    </message>
    <message>
        <source>This card is not a new card: it has been closed or reported lost. Take it out and insert a new card from stock.</source>
        <translation>Det här är inget nytt kort: det har stängts eller anmälts som förlorat. Ta ut det och sätt in ett nytt kort från lagret.</translation>
    </message>
    <message>
        <source>This card is not in our stock. Take it out and insert a new card from this store&apos;s stock.</source>
        <translation>Det här kortet finns inte i vårt lager. Ta ut det och sätt in ett nytt kort från den här butikens lager.</translation>
    </message>
    <message>
        <source>This did not work. Please try again.</source>
        <translation>Det här lyckades inte. Försök igen.</translation>
    </message>
    <message>
        <source>This is a staff card. Take it out and insert a new card from stock.</source>
        <translation>Det här är ett personalkort. Ta ut det och sätt in ett nytt kort från lagret.</translation>
    </message>
    <message>
        <source>This is a staff card. Take it out and insert the member&apos;s card.</source>
        <translation>Det här är ett personalkort. Ta ut det och sätt in medlemmens kort.</translation>
    </message>
    <message>
        <source>This is not a personal identity code. It looks like 131052-308T.</source>
        <translation>Det här är ingen personbeteckning. Den ser ut så här: 131052-308T.</translation>
    </message>
    <message>
        <source>This is not one of our cards. Take it out and insert an owner card.</source>
        <translation>Det här är inte vårt kort. Ta ut det och sätt in ett ägarkundskort.</translation>
    </message>
    <message>
        <source>This is the member&apos;s own card, not a new one. Take it out and insert a new card from stock.</source>
        <translation>Det här är medlemmens eget kort, inte ett nytt. Ta ut det och sätt in ett nytt kort från lagret.</translation>
    </message>
    <message>
        <source>This person is already a member.</source>
        <translation>Den här personen är redan medlem.</translation>
    </message>
    <message>
        <source>This phone number has no mobile certificate.</source>
        <translation>Det här telefonnumret har inget mobilcertifikat.</translation>
    </message>
    <message>
        <source>This stock card is not an owner card. Take it out and insert a new owner card from stock.</source>
        <translation>Det här lagerkortet är inget ägarkundskort. Ta ut det och sätt in ett nytt ägarkundskort från lagret.</translation>
    </message>
    <message>
        <source>To confirm with their own mobile certificate, type the new member&apos;s mobile number on the form first.</source>
        <translation>För att bekräfta med eget mobilcertifikat, skriv först in den nya medlemmens mobilnummer i formuläret.</translation>
    </message>
    <message>
        <source>Too many requests to this phone.</source>
        <translation>För många förfrågningar till den här telefonen.</translation>
    </message>
    <message>
        <source>Too young for an own card: the minimum age is {years} years.</source>
        <translation>För ung för ett eget kort: åldersgränsen är {years} år.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Type the last four letters or digits of the document&apos;s number.</source>
        <translation>Skriv de fyra sista bokstäverna eller siffrorna i handlingens nummer.</translation>
    </message>
    <message>
        <source>We do not know this card. Take it out and insert another one.</source>
        <translation>Vi känner inte igen det här kortet. Ta ut det och sätt in ett annat.</translation>
    </message>
    <message>
        <source>You can send a new request to the phone.</source>
        <translation>Du kan skicka en ny begäran till telefonen.</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <source>End</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Hello, {name}!</source>
        <translation>Hej, {name}!</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Personalmeny</translation>
    </message>
    <message>
        <source>You are signed in as staff. Take your card out of the reader when you are done.</source>
        <translation>Du är inloggad som personal. Ta ut ditt kort ur läsaren när du är klar.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Check again</source>
        <translation>Kontrollera igen</translation>
    </message>
    <message>
        <source>Kiosk {kiosk}, backend {backend}</source>
        <translation>Kiosk {kiosk}, bakomliggande tjänst {backend}</translation>
    </message>
</context>
<context>
    <name>StockCardPage</name>
    <message>
        <source>A new card from stock</source>
        <translation>Ett nytt kort från lagret</translation>
    </message>
    <message>
        <source>Back to the details</source>
        <translation>Tillbaka till uppgifterna</translation>
    </message>
    <message>
        <source>Back to the identity</source>
        <translation>Tillbaka till identiteten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Checking the card and saving…</source>
        <translation>Kortet kontrolleras och sparas…</translation>
    </message>
    <message>
        <source>Insert a new owner card from this store&apos;s stock</source>
        <translation>Sätt in ett nytt ägarkundskort från den här butikens lager</translation>
    </message>
    <message>
        <source>Keep the card in the reader.</source>
        <translation>Låt kortet sitta kvar i läsaren.</translation>
    </message>
    <message>
        <source>Take the card out</source>
        <translation>Ta ut kortet</translation>
    </message>
    <message>
        <source>Take your staff card out of the reader</source>
        <translation>Ta ut ditt personalkort ur läsaren</translation>
    </message>
    <message>
        <source>The card proves it is genuine; only then is it linked and in use.</source>
        <translation>Kortet bevisar att det är äkta; först då kopplas det och tas i bruk.</translation>
    </message>
    <message>
        <source>Then insert a new owner card from this store&apos;s stock.</source>
        <translation>Sätt sedan in ett nytt ägarkundskort från den här butikens lager.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message numerus="yes">
        <source>%n of {total} questions answered</source>
        <translation>
            <numerusform>%n av {total} frågor besvarad</numerusform>
            <numerusform>%n av {total} frågor besvarade</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a number from 1 to 5.</source>
        <translation>Välj ett tal från 1 till 5.</translation>
    </message>
    <message>
        <source>Choose one or more.</source>
        <translation>Välj ett eller flera.</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>Välj ett.</translation>
    </message>
    <message>
        <source>Send answers</source>
        <translation>Skicka svaren</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickas…</translation>
    </message>
    <message>
        <source>‹ Back to panels</source>
        <translation>‹ Tillbaka till panelerna</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Börja om</translation>
    </message>
    <message>
        <source>Touch grid</source>
        <translation>Pekrutnät</translation>
    </message>
    <message>
        <source>Touch test: draw over the whole screen; a cell that stays light does not feel touch.</source>
        <translation>Pekskärmstest: dra över hela skärmen; en ruta som förblir ljus känner inte beröring.</translation>
    </message>
    <message>
        <source>{lit} of {cells} cells touched</source>
        <translation>{lit} av {cells} rutor vidrörda</translation>
    </message>
</context>
<context>
    <name>WarrantyPage</name>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n månad</numerusform>
            <numerusform>%n månader</numerusform>
        </translation>
    </message>
    <message>
        <source>Bought {date} · {store}</source>
        <translation>Köpt {date} · {store}</translation>
    </message>
    <message>
        <source>EAN code</source>
        <translation>EAN-kod</translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n days</source>
        <translation>
            <numerusform>Upphör om %n dag</numerusform>
            <numerusform>Upphör om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Upphör i dag</translation>
    </message>
    <message>
        <source>Expired on {date}</source>
        <translation>Gick ut {date}</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Garantigivare</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Inköpsdatum</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Kvittonummer</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Show original receipt</source>
        <translation>Visa originalkvittot</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butik</translation>
    </message>
    <message>
        <source>Take to phone</source>
        <translation>Ta till telefonen</translation>
    </message>
    <message>
        <source>Tap a product to see its warranty, print it or take it to your phone.</source>
        <translation>Tryck på en produkt för att se garantin, skriva ut den eller ta den till telefonen.</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>Giltig till {date}</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>Garantin upphör</translation>
    </message>
    <message>
        <source>Warranty period</source>
        <translation>Garantitid</translation>
    </message>
    <message>
        <source>When you buy a product with a warranty, such as a household appliance, its warranty receipt is kept here for you.</source>
        <translation>När du köper en produkt med garanti, till exempel en hushållsapparat, sparas garantikvittot här åt dig.</translation>
    </message>
    <message>
        <source>You have no warranty receipts</source>
        <translation>Du har inga garantikvitton</translation>
    </message>
    <message>
        <source>Your warranty receipts</source>
        <translation>Dina garantikvitton</translation>
    </message>
    <message>
        <source>{store}, {town}</source>
        <translation>{store}, {town}</translation>
    </message>
    <message>
        <source>‹ All warranty receipts</source>
        <translation>‹ Alla garantikvitton</translation>
    </message>
</context>
</TS>
