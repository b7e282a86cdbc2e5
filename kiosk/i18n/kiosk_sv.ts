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
    <name>DemoPanel</name>
    <message>
        <source>A card that is not ours</source>
        <translation>Ett kort som inte är vårt</translation>
    </message>
    <message>
        <source>A copy of Matti&apos;s card
(another key)</source>
        <translation>En kopia av Mattis kort
(annan nyckel)</translation>
    </message>
    <message>
        <source>Cancel on the phone</source>
        <translation>Avbryt i telefonen</translation>
    </message>
    <message>
        <source>Card reader: insert a card</source>
        <translation>Kortläsare: sätt in ett kort</translation>
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
        <source>Enter the PIN (approve)</source>
        <translation>Ange PIN-koden (godkänn)</translation>
    </message>
    <message>
        <source>No confirmation request on the phone.</source>
        <translation>Ingen identifieringsbegäran i telefonen.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Inte ansluten</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Or open the phone page in a browser: {url}</source>
        <translation>Eller öppna telefonsidan i en webbläsare: {url}</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Pappret är slut</translation>
    </message>
    <message>
        <source>Paper running low</source>
        <translation>Pappret tar snart slut</translation>
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
        <source>The member&apos;s phone</source>
        <translation>Ägarkundens telefon</translation>
    </message>
    <message>
        <source>The phone shows the code {code}.</source>
        <translation>Telefonen visar händelsekoden {code}.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängt</translation>
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
        <source>technician card</source>
        <translation>teknikerkort</translation>
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
    <name>PinView</name>
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
    <name>SectionPage</name>
    <message>
        <source>Back to Home</source>
        <translation>Tillbaka till startsidan</translation>
    </message>
    <message>
        <source>Choose what we send you, and how.</source>
        <translation>Välj vad vi skickar dig och hur.</translation>
    </message>
    <message>
        <source>Choose your marketing channels: e-mail, text message and post.</source>
        <translation>välja dina marknadsföringskanaler: e-post, sms och brev</translation>
    </message>
    <message>
        <source>Confirm with mobile certificate</source>
        <translation>Identifiera dig med mobilcertifikat</translation>
    </message>
    <message>
        <source>Confirm your identity to see this</source>
        <translation>Identifiera dig för att se mer</translation>
    </message>
    <message>
        <source>Follow your Bonus, payment-method benefit and other cash benefits month by month.</source>
        <translation>följa din Bonus, din betalsättsförmån och andra penningförmåner månad för månad</translation>
    </message>
    <message>
        <source>Have your say in how your cooperative develops.</source>
        <translation>Var med och påverka hur ditt handelslag utvecklas.</translation>
    </message>
    <message>
        <source>Here you can</source>
        <translation>Här kan du</translation>
    </message>
    <message>
        <source>Join or leave the customer panels that interest you.</source>
        <translation>gå med i eller lämna kundpaneler som intresserar dig</translation>
    </message>
    <message>
        <source>Look through your electronic receipts and warranty receipts.</source>
        <translation>bläddra bland dina elektroniska kvitton och garantikvitton</translation>
    </message>
    <message>
        <source>See the results of the panel surveys.</source>
        <translation>se resultaten av panelenkäterna</translation>
    </message>
    <message>
        <source>See your household members and the data held on you in our registers.</source>
        <translation>se medlemmarna i ditt hushåll och de uppgifter om dig som finns i våra register</translation>
    </message>
    <message>
        <source>Subscribe to newsletters, or unsubscribe from them.</source>
        <translation>beställa eller avbeställa nyhetsbrev</translation>
    </message>
    <message>
        <source>The information we hold on you and your household.</source>
        <translation>De uppgifter vi har om dig och ditt hushåll.</translation>
    </message>
    <message>
        <source>This section shows your personal information. To protect it, please confirm your identity first.</source>
        <translation>Här visas dina personuppgifter. För att skydda dem ber vi dig identifiera dig först.</translation>
    </message>
    <message>
        <source>Update your contact details.</source>
        <translation>uppdatera dina kontaktuppgifter</translation>
    </message>
    <message>
        <source>Your owner-customer benefits and your purchases in one place.</source>
        <translation>Dina ägarkundsförmåner och dina inköp på ett ställe.</translation>
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
</TS>
