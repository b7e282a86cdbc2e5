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
        <source>All text about a third larger</source>
        <translation>All text ungefär en tredjedel större</translation>
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
        <source>Make the screen easier to read</source>
        <translation>Lättare att läsa</translation>
    </message>
    <message>
        <source>White and yellow on black</source>
        <translation>Vit och gul text på svart bakgrund</translation>
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
        <source>Unsubscribed from {topic}</source>
        <translation>Prenumerationen på {topic} är avslutad</translation>
    </message>
</context>
<context>
    <name>ConfirmingView</name>
    <message>
        <source>Add your number at the customer service desk or in the mobile app.</source>
        <translation>Lägg till ditt nummer i kundtjänsten eller i mobilappen.</translation>
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
        <source>A request waits on the phone, with the event code</source>
        <translation>En begäran väntar i telefonen, med händelsekoden</translation>
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
        <source>Hangs mid-print</source>
        <translation>Hänger sig</translation>
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
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hushåll</translation>
    </message>
    <message>
        <source>Register data</source>
        <translation>Registerutdrag</translation>
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
        <source>Family member</source>
        <translation>Familjemedlem</translation>
    </message>
    <message>
        <source>Family members are added by the household&apos;s owner member, at the customer service desk of one of our stores with our staff&apos;s help.</source>
        <translation>Familjemedlemmar läggs till av hushållets ägarmedlem vid kundtjänsten i någon av våra butiker, med hjälp av vår personal.</translation>
    </message>
    <message>
        <source>Owner member</source>
        <translation>Ägarmedlem</translation>
    </message>
    <message>
        <source>To add a family member to your household, visit the customer service desk of one of our stores. Our staff will help you.</source>
        <translation>Du kan lägga till en familjemedlem i ditt hushåll vid kundtjänsten i någon av våra butiker. Vår personal hjälper dig.</translation>
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
        <source>{role} · in the household since {date}</source>
        <translation>{role} · i hushållet sedan {date}</translation>
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
        <source>If part of it came out, please leave it: the staff will take care of it.</source>
        <translation>Om en del av kvittot kom ut, lämna det: personalen tar hand om det.</translation>
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
        <source>The receipt was not printed</source>
        <translation>Kvittot skrevs inte ut</translation>
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
        <source>Your panels have no completed surveys yet.</source>
        <translation>Dina paneler har inga avslutade enkäter ännu.</translation>
    </message>
    <message>
        <source>Your surveys</source>
        <translation>Dina enkäter</translation>
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
        <source>‹ Back to panels</source>
        <translation>‹ Tillbaka till panelerna</translation>
    </message>
</context>
<context>
    <name>PinView</name>
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
    <message>
        <source>Wrong PIN. That was the last try: the card is now locked.</source>
        <translation>Fel PIN-kod. Det var sista försöket: kortet är nu låst.</translation>
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
        <source>This section shows your personal information. To protect it, please confirm your identity first.</source>
        <translation>Här visas dina personuppgifter. För att skydda dem ber vi dig identifiera dig först.</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <source>Backend</source>
        <translation>Bakomliggande tjänst</translation>
    </message>
    <message>
        <source>Backend answers</source>
        <translation>Bakomliggande tjänst svarar</translation>
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
        <source>Hello, {name}!</source>
        <translation>Hej, {name}!</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Serviceläge</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Kvittoskrivare</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Personalmeny</translation>
    </message>
    <message>
        <source>These are this kiosk&apos;s settings and connections.</source>
        <translation>Den här terminalens inställningar och förbindelser.</translation>
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
        <source>You are signed in as staff. Take your card out of the reader when you are done.</source>
        <translation>Du är inloggad som personal. Ta ut ditt kort ur läsaren när du är klar.</translation>
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
