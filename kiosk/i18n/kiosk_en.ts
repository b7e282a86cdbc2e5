<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AccessibilityButton</name>
    <message>
        <source>Display options: high contrast and large text</source>
        <translation>Display options: high contrast and large text</translation>
    </message>
</context>
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>All text twice as large</source>
        <translation>All text twice as large</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Louder</translation>
    </message>
    <message>
        <source>Make the screen easier to read</source>
        <translation>Make the screen easier to read</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Quieter</translation>
    </message>
    <message>
        <source>Reads the screen aloud (key F9)</source>
        <translation>Reads the screen aloud (key F9)</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Speech</translation>
    </message>
    <message>
        <source>Volume {step}/{steps}</source>
        <translation>Volume {step}/{steps}</translation>
    </message>
    <message>
        <source>White and yellow on black</source>
        <translation>White and yellow on black</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>A grid that lights where the screen is touched.</source>
        <translation>A grid that lights where the screen is touched.</translation>
    </message>
    <message>
        <source>Applies saved settings. The screen is back in about ten seconds.</source>
        <translation>Applies saved settings. The screen is back in about ten seconds.</translation>
    </message>
    <message>
        <source>Back to the menu</source>
        <translation>Back to the menu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Collecting the diagnostics…</source>
        <translation>Collecting the diagnostics…</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Export diagnostics</translation>
    </message>
    <message>
        <source>My actions today at this kiosk</source>
        <translation>My actions today at this kiosk</translation>
    </message>
    <message>
        <source>No USB stick: sent to the help desk through the backend (bundle {id}).</source>
        <translation>No USB stick: sent to the help desk through the backend (bundle {id}).</translation>
    </message>
    <message>
        <source>No actions yet today.</source>
        <translation>No actions yet today.</translation>
    </message>
    <message>
        <source>Not exported: no USB stick, and the backend did not take it ({code}).</source>
        <translation>Not exported: no USB stick, and the backend did not take it ({code}).</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Restart the card reader service</source>
        <translation>Restart the card reader service</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Restart the kiosk</translation>
    </message>
    <message>
        <source>Restart the kiosk now?</source>
        <translation>Restart the kiosk now?</translation>
    </message>
    <message>
        <source>Restarting the card reader service…</source>
        <translation>Restarting the card reader service…</translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation>Restarting…</translation>
    </message>
    <message>
        <source>To a USB stick if one is in, else to the help desk through the backend. No customer data.</source>
        <translation>To a USB stick if one is in, else to the help desk through the backend. No customer data.</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Touch test</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Written to the USB stick: {file}</source>
        <translation>Written to the USB stick: {file}</translation>
    </message>
    <message>
        <source>card {number}</source>
        <translation>card {number}</translation>
    </message>
    <message>
        <source>member {number}</source>
        <translation>member {number}</translation>
    </message>
    <message>
        <source>pcscd, when readers are not seen or a card is not read.</source>
        <translation>pcscd, when readers are not seen or a card is not read.</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>More time: {time}</source>
        <translation>More time: {time}</translation>
    </message>
    <message>
        <source>Speech off.</source>
        <translation>Speech off.</translation>
    </message>
    <message>
        <source>Speech on.</source>
        <translation>Speech on.</translation>
    </message>
    <message>
        <source>Time left: {time}</source>
        <translation>Time left: {time}</translation>
    </message>
    <message>
        <source>Volume {step} of {steps}</source>
        <translation>Volume {step} of {steps}</translation>
    </message>
</context>
<context>
    <name>AttractView</name>
    <message>
        <source>Confirm your identity on your phone</source>
        <translation>Confirm your identity on your phone</translation>
    </message>
    <message>
        <source>Insert your card</source>
        <translation>Insert your card</translation>
    </message>
    <message>
        <source>Insert your owner card in the reader below</source>
        <translation>Insert your owner card in the reader below</translation>
    </message>
    <message>
        <source>OWNER-CUSTOMER SERVICE</source>
        <translation>OWNER-CUSTOMER SERVICE</translation>
    </message>
    <message>
        <source>See your Bonus and benefits, your receipts, and manage your owner-customer details.</source>
        <translation>See your Bonus and benefits, your receipts, and manage your owner-customer details.</translation>
    </message>
    <message>
        <source>See your benefits and details</source>
        <translation>See your benefits and details</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>The service is temporarily unavailable.</translation>
    </message>
    <message>
        <source>We are trying to reconnect. Please try again in a moment.</source>
        <translation>We are trying to reconnect. Please try again in a moment.</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Welcome!</translation>
    </message>
</context>
<context>
    <name>BonusPage</name>
    <message>
        <source>Bonus percentage of the month</source>
        <translation>Bonus percentage of the month</translation>
    </message>
    <message>
        <source>Bonus {percent}</source>
        <translation>Bonus {percent}</translation>
    </message>
    <message>
        <source>Household purchases</source>
        <translation>Household purchases</translation>
    </message>
    <message>
        <source>Household purchases and Bonus percentage, last 12 months</source>
        <translation>Household purchases and Bonus percentage, last 12 months</translation>
    </message>
    <message>
        <source>No other cash benefits this month.</source>
        <translation>No other cash benefits this month.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Paid on {date}</source>
        <translation>Paid on {date}</translation>
    </message>
    <message>
        <source>Payment-method benefit</source>
        <translation>Payment-method benefit</translation>
    </message>
    <message>
        <source>Show as a chart</source>
        <translation>Show as a chart</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Show as a list</translation>
    </message>
    <message>
        <source>Tap a month to see its details.</source>
        <translation>Tap a month to see its details.</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>The last 12 months</translation>
    </message>
    <message>
        <source>The month is over; the payout is on its way.</source>
        <translation>The month is over; the payout is on its way.</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>This month so far</translation>
    </message>
    <message>
        <source>This month so far: the Bonus grows with every purchase.</source>
        <translation>This month so far: the Bonus grows with every purchase.</translation>
    </message>
    <message>
        <source>To account {account}</source>
        <translation>To account {account}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>We have no bank account for the payout. Add one at the customer service desk.</source>
        <translation>We have no bank account for the payout. Add one at the customer service desk.</translation>
    </message>
    <message>
        <source>Will be paid by {date}</source>
        <translation>Will be paid by {date}</translation>
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
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Warranty receipts</source>
        <translation>Warranty receipts</translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>One moment…</source>
        <translation>One moment…</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Bonus &amp; purchases</source>
        <translation>Bonus &amp; purchases</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>My details</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Participate &amp; influence</source>
        <translation>Participate &amp; influence</translation>
    </message>
</context>
<context>
    <name>CommunicationPage</name>
    <message>
        <source>Choose what we may send you and how we may contact you. Each change is saved as soon as you tap the switch.</source>
        <translation>Choose what we may send you and how we may contact you. Each change is saved as soon as you tap the switch.</translation>
    </message>
    <message>
        <source>Last changed {date}</source>
        <translation>Last changed {date}</translation>
    </message>
    <message>
        <source>Marketing channels</source>
        <translation>Marketing channels</translation>
    </message>
    <message>
        <source>Never changed</source>
        <translation>Never changed</translation>
    </message>
    <message>
        <source>Newsletters</source>
        <translation>Newsletters</translation>
    </message>
    <message>
        <source>Newsletters and marketing</source>
        <translation>Newsletters and marketing</translation>
    </message>
    <message>
        <source>Not saved: the change did not go through. Please try again later.</source>
        <translation>Not saved: the change did not go through. Please try again later.</translation>
    </message>
    <message>
        <source>Not saved: we could not reach the service. Please try again in a moment.</source>
        <translation>Not saved: we could not reach the service. Please try again in a moment.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Other ways we may contact you with offers and invitations.</source>
        <translation>Other ways we may contact you with offers and invitations.</translation>
    </message>
    <message>
        <source>Paperless receipts</source>
        <translation>Paperless receipts</translation>
    </message>
    <message>
        <source>Paperless receipts are off: you get a paper receipt at the till again.</source>
        <translation>Paperless receipts are off: you get a paper receipt at the till again.</translation>
    </message>
    <message>
        <source>Paperless receipts are on: no paper receipt at the till from now on.</source>
        <translation>Paperless receipts are on: no paper receipt at the till from now on.</translation>
    </message>
    <message>
        <source>Receipts at the till</source>
        <translation>Receipts at the till</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Sent to your e-mail address.</source>
        <translation>Sent to your e-mail address.</translation>
    </message>
    <message>
        <source>Subscribed to {topic}</source>
        <translation>Subscribed to {topic}</translation>
    </message>
    <message>
        <source>The till follows this setting of your card in every store of the chain.</source>
        <translation>The till follows this setting of your card in every store of the chain.</translation>
    </message>
    <message>
        <source>Unsubscribed from {topic}</source>
        <translation>Unsubscribed from {topic}</translation>
    </message>
    <message>
        <source>Your receipts as e-receipts only (in Bonus &amp; purchases), and no paper receipt at the till.</source>
        <translation>Your receipts as e-receipts only (in Bonus &amp; purchases), and no paper receipt at the till.</translation>
    </message>
</context>
<context>
    <name>ConfirmingPage</name>
    <message>
        <source>Back to the choices</source>
        <translation>Back to the choices</translation>
    </message>
    <message>
        <source>Back to the details</source>
        <translation>Back to the details</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save the number without it</source>
        <translation>Save the number without it</translation>
    </message>
    <message>
        <source>Send a new request</source>
        <translation>Send a new request</translation>
    </message>
    <message>
        <source>The member confirms on the new number</source>
        <translation>The member confirms on the new number</translation>
    </message>
    <message>
        <source>The member confirms on the phone on file</source>
        <translation>The member confirms on the phone on file</translation>
    </message>
    <message>
        <source>The new member confirms with their own mobile certificate</source>
        <translation>The new member confirms with their own mobile certificate</translation>
    </message>
</context>
<context>
    <name>ConfirmingView</name>
    <message>
        <source>A store clerk can add your number here at this kiosk.</source>
        <translation>A store clerk can add your number here at this kiosk.</translation>
    </message>
    <message numerus="yes">
        <source>Answered on your phone? We check for your answer in %n s.</source>
        <translation>
            <numerusform>Answered on your phone? We check for your answer in %n s.</numerusform>
            <numerusform>Answered on your phone? We check for your answer in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Check that your phone shows the same code. Then enter your mobile certificate PIN on the phone.</source>
        <translation>Check that your phone shows the same code. Then enter your mobile certificate PIN on the phone.</translation>
    </message>
    <message>
        <source>Checking for your answer…</source>
        <translation>Checking for your answer…</translation>
    </message>
    <message>
        <source>Confirm your identity with your mobile certificate</source>
        <translation>Confirm your identity with your mobile certificate</translation>
    </message>
    <message>
        <source>Continue with card only</source>
        <translation>Continue with card only</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Event code</source>
        <translation>Event code</translation>
    </message>
    <message>
        <source>Finish and take your card.</source>
        <translation>Finish and take your card.</translation>
    </message>
    <message>
        <source>Finish or cancel the other request on your phone, then try again.</source>
        <translation>Finish or cancel the other request on your phone, then try again.</translation>
    </message>
    <message>
        <source>For your security, only a few requests can be sent to your phone in a short time. Meanwhile, you can go on with your card only.</source>
        <translation>For your security, only a few requests can be sent to your phone in a short time. Meanwhile, you can go on with your card only.</translation>
    </message>
    <message>
        <source>IDENTITY CONFIRMATION</source>
        <translation>IDENTITY CONFIRMATION</translation>
    </message>
    <message>
        <source>Sending the request to your phone…</source>
        <translation>Sending the request to your phone…</translation>
    </message>
    <message>
        <source>The PIN was entered wrong too many times. Your mobile operator can unlock it.</source>
        <translation>The PIN was entered wrong too many times. Your mobile operator can unlock it.</translation>
    </message>
    <message>
        <source>The answer from the mobile certificate service did not check out. You can try again; if it happens again, please ask the staff at the checkout.</source>
        <translation>The answer from the mobile certificate service did not check out. You can try again; if it happens again, please ask the staff at the checkout.</translation>
    </message>
    <message>
        <source>The confirmation timed out.</source>
        <translation>The confirmation timed out.</translation>
    </message>
    <message>
        <source>The mobile certificate service is not answering right now.</source>
        <translation>The mobile certificate service is not answering right now.</translation>
    </message>
    <message>
        <source>The request on your phone was not answered in time.</source>
        <translation>The request on your phone was not answered in time.</translation>
    </message>
    <message>
        <source>Time left {time}</source>
        <translation>Time left {time}</translation>
    </message>
    <message>
        <source>Too many attempts. Please try again later.</source>
        <translation>Too many attempts. Please try again later.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>We have no mobile phone number for you, so we cannot confirm your identity this way.</source>
        <translation>We have no mobile phone number for you, so we cannot confirm your identity this way.</translation>
    </message>
    <message>
        <source>We sent a request to {phone}</source>
        <translation>We sent a request to {phone}</translation>
    </message>
    <message>
        <source>We&apos;ll send a new request to your phone.</source>
        <translation>We&apos;ll send a new request to your phone.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>You can order a mobile certificate from your mobile operator. Meanwhile, go on with your card only.</source>
        <translation>You can order a mobile certificate from your mobile operator. Meanwhile, go on with your card only.</translation>
    </message>
    <message>
        <source>You can try again in a moment, or go on with your card only.</source>
        <translation>You can try again in a moment, or go on with your card only.</translation>
    </message>
    <message>
        <source>You can try again, or go on with your card only.</source>
        <translation>You can try again, or go on with your card only.</translation>
    </message>
    <message>
        <source>You cancelled the confirmation.</source>
        <translation>You cancelled the confirmation.</translation>
    </message>
    <message>
        <source>You will see your benefits summary.</source>
        <translation>You will see your benefits summary.</translation>
    </message>
    <message>
        <source>Your identity could not be confirmed.</source>
        <translation>Your identity could not be confirmed.</translation>
    </message>
    <message>
        <source>Your mobile certificate is locked.</source>
        <translation>Your mobile certificate is locked.</translation>
    </message>
    <message>
        <source>Your phone is handling another request.</source>
        <translation>Your phone is handling another request.</translation>
    </message>
    <message>
        <source>Your phone number has no mobile certificate in use.</source>
        <translation>Your phone number has no mobile certificate in use.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Send a new request</source>
        <translation>Send a new request</translation>
    </message>
    <message>
        <source>The owner confirms with their mobile certificate</source>
        <translation>The owner confirms with their mobile certificate</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>ContactDetailsPage</name>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Address line 2 (optional)</source>
        <translation>Address line 2 (optional)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Discard the changes you made?</source>
        <translation>Discard the changes you made?</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>E-mail address (optional)</source>
        <translation>E-mail address (optional)</translation>
    </message>
    <message>
        <source>Edit contact details</source>
        <translation>Edit contact details</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <source>Five digits</source>
        <translation>Five digits</translation>
    </message>
    <message>
        <source>For example c/o and a name</source>
        <translation>For example c/o and a name</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Language for messages</source>
        <translation>Language for messages</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Mobile phone number</translation>
    </message>
    <message>
        <source>Mobile phone number (optional)</source>
        <translation>Mobile phone number (optional)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Please check the marked fields. Nothing was saved yet.</source>
        <translation>Please check the marked fields. Nothing was saved yet.</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Some details were not accepted. Please check the marked fields.</source>
        <translation>Some details were not accepted. Please check the marked fields.</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>Street name, number and apartment, for example Kauppakatu 5 B 12</source>
        <translation>Street name, number and apartment, for example Kauppakatu 5 B 12</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>We will write to you in the language you chose.</source>
        <translation>We will write to you in the language you chose.</translation>
    </message>
    <message>
        <source>We write to you in this language. The screen stays in the language you chose for it.</source>
        <translation>We write to you in this language. The screen stays in the language you chose for it.</translation>
    </message>
    <message>
        <source>Will be saved as {number}</source>
        <translation>Will be saved as {number}</translation>
    </message>
    <message>
        <source>Your changes could not be saved right now. What you typed is still here. Please try again in a moment.</source>
        <translation>Your changes could not be saved right now. What you typed is still here. Please try again in a moment.</translation>
    </message>
    <message>
        <source>Your changes were not saved: the service could not be reached. What you typed is still here. Please try saving again.</source>
        <translation>Your changes were not saved: the service could not be reached. What you typed is still here. Please try saving again.</translation>
    </message>
    <message>
        <source>Your details have been saved.</source>
        <translation>Your details have been saved.</translation>
    </message>
    <message>
        <source>Your mobile certificate requests come to this number.</source>
        <translation>Your mobile certificate requests come to this number.</translation>
    </message>
    <message>
        <source>{name} · member number {number}</source>
        <translation>{name} · member number {number}</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>A new card from this store&apos;s stock, for the staff flows</source>
        <translation>A new card from this store&apos;s stock, for the staff flows</translation>
    </message>
    <message>
        <source>A request waits on the phone, with the event code</source>
        <translation>A request waits on the phone, with the event code</translation>
    </message>
    <message>
        <source>A stock card of another store: the kiosk refuses it</source>
        <translation>A stock card of another store: the kiosk refuses it</translation>
    </message>
    <message>
        <source>Approve with PIN</source>
        <translation>Approve with PIN</translation>
    </message>
    <message>
        <source>Approved: the PIN was entered on the phone.</source>
        <translation>Approved: the PIN was entered on the phone.</translation>
    </message>
    <message>
        <source>Back to the devices</source>
        <translation>Back to the devices</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>Bad signature</translation>
    </message>
    <message>
        <source>Breaks mid-print</source>
        <translation>Breaks mid-print</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Busy with an earlier job</source>
        <translation>Busy with an earlier job</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelled on the phone.</source>
        <translation>Cancelled on the phone.</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <source>Cards the kiosk refuses</source>
        <translation>Cards the kiosk refuses</translation>
    </message>
    <message>
        <source>Cloned card</source>
        <translation>Cloned card</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>Cover open</translation>
    </message>
    <message>
        <source>Demo devices</source>
        <translation>Demo devices</translation>
    </message>
    <message>
        <source>Does not answer</source>
        <translation>Does not answer</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>From stock</source>
        <translation>From stock</translation>
    </message>
    <message>
        <source>Hangs mid-print</source>
        <translation>Hangs mid-print</translation>
    </message>
    <message>
        <source>Headphone jack</source>
        <translation>Headphone jack</translation>
    </message>
    <message>
        <source>Headphones plugged in</source>
        <translation>Headphones plugged in</translation>
    </message>
    <message>
        <source>Last receipt printed: {width} × {height} dots. Tap it to see it whole.</source>
        <translation>Last receipt printed: {width} × {height} dots. Tap it to see it whole.</translation>
    </message>
    <message>
        <source>Left to expire on the phone.</source>
        <translation>Left to expire on the phone.</translation>
    </message>
    <message>
        <source>Matti&apos;s number, another key</source>
        <translation>Matti&apos;s number, another key</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>More outcomes</source>
        <translation>More outcomes</translation>
    </message>
    <message>
        <source>No request on the phone.</source>
        <translation>No request on the phone.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Not our card</source>
        <translation>Not our card</translation>
    </message>
    <message>
        <source>Nothing printed yet: the last receipt appears here.</source>
        <translation>Nothing printed yet: the last receipt appears here.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Operator error</source>
        <translation>Operator error</translation>
    </message>
    <message>
        <source>Other store</source>
        <translation>Other store</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Out of paper</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN blocked</translation>
    </message>
    <message>
        <source>PIN {pin}</source>
        <translation>PIN {pin}</translation>
    </message>
    <message>
        <source>Paper low</source>
        <translation>Paper low</translation>
    </message>
    <message>
        <source>Phone page: {url}</source>
        <translation>Phone page: {url}</translation>
    </message>
    <message>
        <source>Plug in headphones</source>
        <translation>Plug in headphones</translation>
    </message>
    <message>
        <source>Printed receipt</source>
        <translation>Printed receipt</translation>
    </message>
    <message>
        <source>Quit the demo</source>
        <translation>Quit the demo</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Remove the card</source>
        <translation>Remove the card</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Slow</translation>
    </message>
    <message>
        <source>Staff (PIN on the kiosk&apos;s keypad)</source>
        <translation>Staff (PIN on the kiosk&apos;s keypad)</translation>
    </message>
    <message>
        <source>That request was no longer waiting on the phone.</source>
        <translation>That request was no longer waiting on the phone.</translation>
    </message>
    <message>
        <source>The member&apos;s phone</source>
        <translation>The member&apos;s phone</translation>
    </message>
    <message>
        <source>The operator&apos;s service failed.</source>
        <translation>The operator&apos;s service failed.</translation>
    </message>
    <message>
        <source>The phone answered: PIN blocked.</source>
        <translation>The phone answered: PIN blocked.</translation>
    </message>
    <message>
        <source>The phone answered: busy with another request.</source>
        <translation>The phone answered: busy with another request.</translation>
    </message>
    <message>
        <source>The phone is sending the answer…</source>
        <translation>The phone is sending the answer…</translation>
    </message>
    <message>
        <source>The phone signed, but the signature is not valid.</source>
        <translation>The phone signed, but the signature is not valid.</translation>
    </message>
    <message>
        <source>To enrol (has a mobile certificate): {name}, {code}, {phone}</source>
        <translation>To enrol (has a mobile certificate): {name}, {code}, {phone}</translation>
    </message>
    <message>
        <source>UK number: card only</source>
        <translation>UK number: card only</translation>
    </message>
    <message>
        <source>a payment card</source>
        <translation>a payment card</translation>
    </message>
    <message>
        <source>blank, from the store&apos;s stock</source>
        <translation>blank, from the store&apos;s stock</translation>
    </message>
    <message>
        <source>card only, no phone</source>
        <translation>card only, no phone</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>family of three</source>
        <translation>family of three</translation>
    </message>
    <message>
        <source>five years of purchases</source>
        <translation>five years of purchases</translation>
    </message>
    <message>
        <source>for the presenter</source>
        <translation>for the presenter</translation>
    </message>
    <message>
        <source>his old card, closed</source>
        <translation>his old card, closed</translation>
    </message>
    <message>
        <source>in Matti&apos;s household</source>
        <translation>in Matti&apos;s household</translation>
    </message>
    <message>
        <source>in Sari&apos;s household</source>
        <translation>in Sari&apos;s household</translation>
    </message>
    <message>
        <source>in Swedish</source>
        <translation>in Swedish</translation>
    </message>
    <message>
        <source>owner card</source>
        <translation>owner card</translation>
    </message>
    <message>
        <source>plugging in turns speech on</source>
        <translation>plugging in turns speech on</translation>
    </message>
    <message>
        <source>reported lost</source>
        <translation>reported lost</translation>
    </message>
    <message>
        <source>staff card</source>
        <translation>staff card</translation>
    </message>
    <message>
        <source>staff, PIN {pin}</source>
        <translation>staff, PIN {pin}</translation>
    </message>
    <message>
        <source>tap a card to insert it</source>
        <translation>tap a card to insert it</translation>
    </message>
    <message>
        <source>technician card</source>
        <translation>technician card</translation>
    </message>
    <message>
        <source>technician, PIN {pin}</source>
        <translation>technician, PIN {pin}</translation>
    </message>
    <message>
        <source>the family&apos;s teenager</source>
        <translation>the family&apos;s teenager</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Born {date}</source>
        <translation>Born {date}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>E-mail address (optional)</source>
        <translation>E-mail address (optional)</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>For example 031107A9132</source>
        <translation>For example 031107A9132</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Language for messages</source>
        <translation>Language for messages</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Mobile phone number (optional)</source>
        <translation>Mobile phone number (optional)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personal identity code</translation>
    </message>
    <message>
        <source>Register data</source>
        <translation>Register data</translation>
    </message>
    <message>
        <source>The new family member&apos;s details</source>
        <translation>The new family member&apos;s details</translation>
    </message>
    <message>
        <source>The new member gets the household&apos;s address. An own card from the age of {years}.</source>
        <translation>The new member gets the household&apos;s address. An own card from the age of {years}.</translation>
    </message>
    <message>
        <source>Their own mobile certificate can confirm who they are.</source>
        <translation>Their own mobile certificate can confirm who they are.</translation>
    </message>
    <message>
        <source>Will be saved as {number}</source>
        <translation>Will be saved as {number}</translation>
    </message>
    <message>
        <source>{name}&apos;s household</source>
        <translation>{name}&apos;s household</translation>
    </message>
</context>
<context>
    <name>DocumentChoice</name>
    <message>
        <source>Document checked</source>
        <translation>Document checked</translation>
    </message>
    <message>
        <source>Last four characters of the document&apos;s number</source>
        <translation>Last four characters of the document&apos;s number</translation>
    </message>
    <message>
        <source>Letters and digits, for example 7K2X</source>
        <translation>Letters and digits, for example 7K2X</translation>
    </message>
    <message>
        <source>Or check an identity document</source>
        <translation>Or check an identity document</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Hand the welcome slip to the new member.</source>
        <translation>Hand the welcome slip to the new member.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Identity confirmed with</source>
        <translation>Identity confirmed with</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>New card</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>New number</translation>
    </message>
    <message>
        <source>Next time the member can confirm with their mobile certificate on their own.</source>
        <translation>Next time the member can confirm with their mobile certificate on their own.</translation>
    </message>
    <message>
        <source>Old cards ({status})</source>
        <translation>Old cards ({status})</translation>
    </message>
    <message>
        <source>Previous number</source>
        <translation>Previous number</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Printing the welcome slip…</source>
        <translation>Printing the welcome slip…</translation>
    </message>
    <message>
        <source>Purchases count from</source>
        <translation>Purchases count from</translation>
    </message>
    <message>
        <source>The mobile number is saved</source>
        <translation>The mobile number is saved</translation>
    </message>
    <message>
        <source>The number has no mobile certificate confirmed yet: the member sees only Home until it has one.</source>
        <translation>The number has no mobile certificate confirmed yet: the member sees only Home until it has one.</translation>
    </message>
    <message>
        <source>The old cards no longer open anything, even a session open right now.</source>
        <translation>The old cards no longer open anything, even a session open right now.</translation>
    </message>
    <message>
        <source>The owner member gets a notice of the new family member.</source>
        <translation>The owner member gets a notice of the new family member.</translation>
    </message>
    <message>
        <source>The welcome slip could not be printed: {reason}</source>
        <translation>The welcome slip could not be printed: {reason}</translation>
    </message>
    <message>
        <source>an identity document</source>
        <translation>an identity document</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>reported lost</source>
        <translation>reported lost</translation>
    </message>
    <message>
        <source>the printer did not confirm it.</source>
        <translation>the printer did not confirm it.</translation>
    </message>
    <message>
        <source>the printer is busy with an earlier job.</source>
        <translation>the printer is busy with an earlier job.</translation>
    </message>
    <message>
        <source>the printer is offline.</source>
        <translation>the printer is offline.</translation>
    </message>
    <message>
        <source>the printer is out of paper.</source>
        <translation>the printer is out of paper.</translation>
    </message>
    <message>
        <source>the printer&apos;s cover is open.</source>
        <translation>the printer&apos;s cover is open.</translation>
    </message>
    <message>
        <source>their own mobile certificate</source>
        <translation>their own mobile certificate</translation>
    </message>
    <message>
        <source>{name} has a new card</source>
        <translation>{name} has a new card</translation>
    </message>
    <message>
        <source>{name} is now a member of the household</source>
        <translation>{name} is now a member of the household</translation>
    </message>
</context>
<context>
    <name>EndingView</name>
    <message>
        <source>Remember to take your card.</source>
        <translation>Remember to take your card.</translation>
    </message>
    <message>
        <source>See you again soon.</source>
        <translation>See you again soon.</translation>
    </message>
    <message>
        <source>Thank you for visiting!</source>
        <translation>Thank you for visiting!</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A postal code has five digits, for example 00100.</source>
        <translation>A postal code has five digits, for example 00100.</translation>
    </message>
    <message>
        <source>Check the e-mail address. It looks like name@example.fi.</source>
        <translation>Check the e-mail address. It looks like name@example.fi.</translation>
    </message>
    <message>
        <source>Choose Suomi, Svenska or English.</source>
        <translation>Choose Suomi, Svenska or English.</translation>
    </message>
    <message>
        <source>Enter a Finnish number such as 0401234567, or + and the country code.</source>
        <translation>Enter a Finnish number such as 0401234567, or + and the country code.</translation>
    </message>
    <message>
        <source>Enter a mobile phone number. Mobile certificate requests cannot reach a landline.</source>
        <translation>Enter a mobile phone number. Mobile certificate requests cannot reach a landline.</translation>
    </message>
    <message>
        <source>This cannot be left empty.</source>
        <translation>This cannot be left empty.</translation>
    </message>
    <message>
        <source>This is too long. Please shorten it.</source>
        <translation>This is too long. Please shorten it.</translation>
    </message>
    <message>
        <source>This was not accepted. Please check it.</source>
        <translation>This was not accepted. Please check it.</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces and the marks . , &apos; / - # &amp; ( ) only.</source>
        <translation>Use letters, digits, spaces and the marks . , &apos; / - # &amp; ( ) only.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Bonus level {percent}</source>
        <translation>Bonus level {percent}</translation>
    </message>
    <message>
        <source>Bonus so far</source>
        <translation>Bonus so far</translation>
    </message>
    <message>
        <source>Confirm with mobile certificate</source>
        <translation>Confirm with mobile certificate</translation>
    </message>
    <message>
        <source>Confirm your identity to see your receipts, Bonus history and details.</source>
        <translation>Confirm your identity to see your receipts, Bonus history and details.</translation>
    </message>
    <message>
        <source>Household purchases</source>
        <translation>Household purchases</translation>
    </message>
    <message>
        <source>Loading your benefits…</source>
        <translation>Loading your benefits…</translation>
    </message>
    <message>
        <source>Next payout</source>
        <translation>Next payout</translation>
    </message>
    <message>
        <source>No other cash benefits this month.</source>
        <translation>No other cash benefits this month.</translation>
    </message>
    <message>
        <source>Other cash benefits</source>
        <translation>Other cash benefits</translation>
    </message>
    <message>
        <source>Paid by {date}</source>
        <translation>Paid by {date}</translation>
    </message>
    <message>
        <source>Paid on {date}</source>
        <translation>Paid on {date}</translation>
    </message>
    <message>
        <source>Payment-method benefit</source>
        <translation>Payment-method benefit</translation>
    </message>
    <message>
        <source>So far, for paying with your owner card</source>
        <translation>So far, for paying with your owner card</translation>
    </message>
    <message>
        <source>That would add {amount} to this month&apos;s Bonus.</source>
        <translation>That would add {amount} to this month&apos;s Bonus.</translation>
    </message>
    <message>
        <source>To account {account}</source>
        <translation>To account {account}</translation>
    </message>
    <message>
        <source>To see your receipts, Bonus history and details, you confirm your identity with a mobile certificate, and we have no mobile phone number for you. A store clerk can add your number here at this kiosk.</source>
        <translation>To see your receipts, Bonus history and details, you confirm your identity with a mobile certificate, and we have no mobile phone number for you. A store clerk can add your number here at this kiosk.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Want to see everything?</source>
        <translation>Want to see everything?</translation>
    </message>
    <message>
        <source>We have no bank account for the payout. Add one at the customer service desk.</source>
        <translation>We have no bank account for the payout. Add one at the customer service desk.</translation>
    </message>
    <message>
        <source>Your benefits this month</source>
        <translation>Your benefits this month</translation>
    </message>
    <message>
        <source>Your card is set to paper receipts at the till.</source>
        <translation>Your card is set to paper receipts at the till.</translation>
    </message>
    <message>
        <source>Your card is set to paperless receipts: e-receipts only, no paper receipt at the till.</source>
        <translation>Your card is set to paperless receipts: e-receipts only, no paper receipt at the till.</translation>
    </message>
    <message>
        <source>Your card shows this summary</source>
        <translation>Your card shows this summary</translation>
    </message>
    <message>
        <source>Your household has reached the highest Bonus level, {percent}.</source>
        <translation>Your household has reached the highest Bonus level, {percent}.</translation>
    </message>
    <message>
        <source>{missing} more this month lifts your Bonus to {percent}</source>
        <translation>{missing} more this month lifts your Bonus to {percent}</translation>
    </message>
    <message>
        <source>{month} · on its way</source>
        <translation>{month} · on its way</translation>
    </message>
    <message>
        <source>{month} · paid</source>
        <translation>{month} · paid</translation>
    </message>
    <message>
        <source>{month} · still growing</source>
        <translation>{month} · still growing</translation>
    </message>
    <message>
        <source>{percent} of the purchases</source>
        <translation>{percent} of the purchases</translation>
    </message>
    <message>
        <source>{purchases} of {threshold}</source>
        <translation>{purchases} of {threshold}</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>A family member can be added to your household here at the kiosk with a member of our staff: ask the staff, and confirm with your mobile certificate.</source>
        <translation>A family member can be added to your household here at the kiosk with a member of our staff: ask the staff, and confirm with your mobile certificate.</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Owner member</source>
        <translation>Owner member</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove {name} from your household? They keep their membership and card, and their purchases count for a household of their own from now on.</source>
        <translation>Remove {name} from your household? They keep their membership and card, and their purchases count for a household of their own from now on.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Removing…</translation>
    </message>
    <message>
        <source>The family member could not be removed right now. Please try again in a moment.</source>
        <translation>The family member could not be removed right now. Please try again in a moment.</translation>
    </message>
    <message>
        <source>The family member was not removed: the service could not be reached. Please try again.</source>
        <translation>The family member was not removed: the service could not be reached. Please try again.</translation>
    </message>
    <message>
        <source>The household&apos;s owner member adds and removes family members.</source>
        <translation>The household&apos;s owner member adds and removes family members.</translation>
    </message>
    <message>
        <source>Your household</source>
        <translation>Your household</translation>
    </message>
    <message>
        <source>Your household&apos;s purchases are added up for the Bonus. Each member sees only their own receipts.</source>
        <translation>Your household&apos;s purchases are added up for the Bonus. Each member sees only their own receipts.</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (you)</translation>
    </message>
    <message>
        <source>{name} was removed from your household.</source>
        <translation>{name} was removed from your household.</translation>
    </message>
    <message>
        <source>{role} · in the household since {date}</source>
        <translation>{role} · in the household since {date}</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>A request goes to {phone}, the number on the form. Their certificate&apos;s name must be the name typed.</source>
        <translation>A request goes to {phone}, the number on the form. Their certificate&apos;s name must be the name typed.</translation>
    </message>
    <message>
        <source>A request goes to {phone}. The member enters their mobile certificate PIN.</source>
        <translation>A request goes to {phone}. The member enters their mobile certificate PIN.</translation>
    </message>
    <message>
        <source>Back to the details</source>
        <translation>Back to the details</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Confirm on the phone on file</source>
        <translation>Confirm on the phone on file</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Find another member</source>
        <translation>Find another member</translation>
    </message>
    <message>
        <source>How does {name} prove who they are?</source>
        <translation>How does {name} prove who they are?</translation>
    </message>
    <message>
        <source>Lost or stolen</source>
        <translation>Lost or stolen</translation>
    </message>
    <message>
        <source>Member found: {name}</source>
        <translation>Member found: {name}</translation>
    </message>
    <message>
        <source>Not possible: no mobile certificate on file. Check an identity document.</source>
        <translation>Not possible: no mobile certificate on file. Check an identity document.</translation>
    </message>
    <message>
        <source>Phone: {phone} · Cards in use: {cards}</source>
        <translation>Phone: {phone} · Cards in use: {cards}</translation>
    </message>
    <message>
        <source>Their own mobile certificate</source>
        <translation>Their own mobile certificate</translation>
    </message>
    <message>
        <source>Type their mobile number on the form first.</source>
        <translation>Type their mobile number on the form first.</translation>
    </message>
    <message>
        <source>What happened to the old card?</source>
        <translation>What happened to the old card?</translation>
    </message>
    <message>
        <source>no card in use</source>
        <translation>no card in use</translation>
    </message>
    <message>
        <source>no phone number on file</source>
        <translation>no phone number on file</translation>
    </message>
</context>
<context>
    <name>IdleWarningOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message numerus="yes">
        <source>Each time you ask, you get %n more minutes.</source>
        <translation>
            <numerusform>Each time you ask, you get %n more minute.</numerusform>
            <numerusform>Each time you ask, you get %n more minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>I need more time</translation>
    </message>
    <message numerus="yes">
        <source>Your session ends in %n seconds</source>
        <translation>
            <numerusform>Your session ends in %n second</numerusform>
            <numerusform>Your session ends in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Owner-customer service</source>
        <translation>Owner-customer service</translation>
    </message>
</context>
<context>
    <name>LoadState</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>This could not be shown right now.</source>
        <translation>This could not be shown right now.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>We could not reach the service. Check back in a moment.</source>
        <translation>We could not reach the service. Check back in a moment.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <source>{count} lines of the last {kept}</source>
        <translation>{count} lines of the last {kept}</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <source>By personal identity code</source>
        <translation>By personal identity code</translation>
    </message>
    <message>
        <source>By phone number</source>
        <translation>By phone number</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Find the member</source>
        <translation>Find the member</translation>
    </message>
    <message>
        <source>Only the number on file is used: the confirmation goes there, never to a number typed here.</source>
        <translation>Only the number on file is used: the confirmation goes there, never to a number typed here.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>The member&apos;s mobile phone number</source>
        <translation>The member&apos;s mobile phone number</translation>
    </message>
    <message>
        <source>The member&apos;s personal identity code</source>
        <translation>The member&apos;s personal identity code</translation>
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
        <translation>1–65535; network printers use 9100</translation>
    </message>
    <message>
        <source>1–{max}; lower it for a printer with a small buffer</source>
        <translation>1–{max}; lower it for a printer with a small buffer</translation>
    </message>
    <message>
        <source>80 mm paper: 576 (203 dpi) or 512 (180 dpi); 58 mm: 384</source>
        <translation>80 mm paper: 576 (203 dpi) or 512 (180 dpi); 58 mm: 384</translation>
    </message>
    <message>
        <source>A device such as /dev/usb/lp0, or a folder</source>
        <translation>A device such as /dev/usb/lp0, or a folder</translation>
    </message>
    <message>
        <source>A whole number, without decimals.</source>
        <translation>A whole number, without decimals.</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Backend URL</source>
        <translation>Backend URL</translation>
    </message>
    <message>
        <source>Band rows</source>
        <translation>Band rows</translation>
    </message>
    <message>
        <source>Cannot be reached ({code}).</source>
        <translation>Cannot be reached ({code}).</translation>
    </message>
    <message>
        <source>Cannot be reached securely: its TLS certificate is refused.</source>
        <translation>Cannot be reached securely: its TLS certificate is refused.</translation>
    </message>
    <message>
        <source>Cannot be reached: no answer in time.</source>
        <translation>Cannot be reached: no answer in time.</translation>
    </message>
    <message>
        <source>Cannot be reached: no connection to that address.</source>
        <translation>Cannot be reached: no connection to that address.</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <source>Card reader pattern</source>
        <translation>Card reader pattern</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Default language</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Disk space</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>Fill this in.</source>
        <translation>Fill this in.</translation>
    </message>
    <message>
        <source>Hides the mouse pointer on the kiosk&apos;s screen</source>
        <translation>Hides the mouse pointer on the kiosk&apos;s screen</translation>
    </message>
    <message>
        <source>Idle timeout (s)</source>
        <translation>Idle timeout (s)</translation>
    </message>
    <message>
        <source>Idle warning (s)</source>
        <translation>Idle warning (s)</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Less than the idle timeout</source>
        <translation>Less than the idle timeout</translation>
    </message>
    <message>
        <source>Matches none of the readers: {readers}.</source>
        <translation>Matches none of the readers: {readers}.</translation>
    </message>
    <message>
        <source>Matches nothing: no card reader is connected.</source>
        <translation>Matches nothing: no card reader is connected.</translation>
    </message>
    <message>
        <source>Mobile certificate service</source>
        <translation>Mobile certificate service</translation>
    </message>
    <message>
        <source>More than 0, at most 10 s</source>
        <translation>More than 0, at most 10 s</translation>
    </message>
    <message>
        <source>More than 0, at most 120 s</source>
        <translation>More than 0, at most 120 s</translation>
    </message>
    <message>
        <source>More than 0, at most 30 s</source>
        <translation>More than 0, at most 30 s</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No card in the reader. Insert the card to test and try again.</source>
        <translation>No card in the reader. Insert the card to test and try again.</translation>
    </message>
    <message>
        <source>No card reader to read it with.</source>
        <translation>No card reader to read it with.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Not a number.</translation>
    </message>
    <message>
        <source>Not a port: ports are 1–65535.</source>
        <translation>Not a port: ports are 1–65535.</translation>
    </message>
    <message>
        <source>Not accepted: {rule}.</source>
        <translation>Not accepted: {rule}.</translation>
    </message>
    <message>
        <source>Not our card: it has no owner-card application.</source>
        <translation>Not our card: it has no owner-card application.</translation>
    </message>
    <message>
        <source>Not permitted on this terminal: the kiosk may not restart the card reader service (see deploy/polkit).</source>
        <translation>Not permitted on this terminal: the kiosk may not restart the card reader service (see deploy/polkit).</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Paper width</translation>
    </message>
    <message>
        <source>Part of the reader&apos;s name, e.g. Identiv; empty: the first reader</source>
        <translation>Part of the reader&apos;s name, e.g. Identiv; empty: the first reader</translation>
    </message>
    <message>
        <source>Printer connect timeout (s)</source>
        <translation>Printer connect timeout (s)</translation>
    </message>
    <message>
        <source>Printer device or folder</source>
        <translation>Printer device or folder</translation>
    </message>
    <message>
        <source>Printer host</source>
        <translation>Printer host</translation>
    </message>
    <message>
        <source>Printer job timeout (s)</source>
        <translation>Printer job timeout (s)</translation>
    </message>
    <message>
        <source>Printer port</source>
        <translation>Printer port</translation>
    </message>
    <message>
        <source>Printer status timeout (s)</source>
        <translation>Printer status timeout (s)</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Running for</translation>
    </message>
    <message>
        <source>Something answers at this address, but not as the kiosk&apos;s backend does: is the address right?</source>
        <translation>Something answers at this address, but not as the kiosk&apos;s backend does: is the address right?</translation>
    </message>
    <message>
        <source>The backend at this address answers, but refuses this kiosk&apos;s credential: is it the right backend?</source>
        <translation>The backend at this address answers, but refuses this kiosk&apos;s credential: is it the right backend?</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out and insert it again.</source>
        <translation>The card could not be read. Take it out and insert it again.</translation>
    </message>
    <message>
        <source>The card is in use or does not answer. Take it out and insert it again.</source>
        <translation>The card is in use or does not answer. Take it out and insert it again.</translation>
    </message>
    <message>
        <source>The card reader service does not answer, so the pattern cannot be checked.</source>
        <translation>The card reader service does not answer, so the pattern cannot be checked.</translation>
    </message>
    <message>
        <source>The card reader service was restarted.</source>
        <translation>The card reader service was restarted.</translation>
    </message>
    <message>
        <source>The language the start screen speaks</source>
        <translation>The language the start screen speaks</translation>
    </message>
    <message>
        <source>The printer&apos;s host name or IP address</source>
        <translation>The printer&apos;s host name or IP address</translation>
    </message>
    <message>
        <source>The restart failed: see the log.</source>
        <translation>The restart failed: see the log.</translation>
    </message>
    <message>
        <source>The settings file cannot be read.</source>
        <translation>The settings file cannot be read.</translation>
    </message>
    <message>
        <source>The settings file could not be written (permissions or disk). Nothing changed.</source>
        <translation>The settings file could not be written (permissions or disk). Nothing changed.</translation>
    </message>
    <message>
        <source>The settings file is not valid TOML: it must be fixed by hand.</source>
        <translation>The settings file is not valid TOML: it must be fixed by hand.</translation>
    </message>
    <message>
        <source>These values cannot be changed safely in this file: it must be edited by hand.</source>
        <translation>These values cannot be changed safely in this file: it must be edited by hand.</translation>
    </message>
    <message>
        <source>This kiosk uses a simulated card reader: there is no service to restart.</source>
        <translation>This kiosk uses a simulated card reader: there is no service to restart.</translation>
    </message>
    <message>
        <source>This terminal has no systemctl to restart it with.</source>
        <translation>This terminal has no systemctl to restart it with.</translation>
    </message>
    <message>
        <source>Touch only (no mouse pointer)</source>
        <translation>Touch only (no mouse pointer)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>a card is in</source>
        <translation>a card is in</translation>
    </message>
    <message>
        <source>a card is in, but does not answer</source>
        <translation>a card is in, but does not answer</translation>
    </message>
    <message>
        <source>a card is in, in use</source>
        <translation>a card is in, in use</translation>
    </message>
    <message>
        <source>a staff card</source>
        <translation>a staff card</translation>
    </message>
    <message>
        <source>a technician card</source>
        <translation>a technician card</translation>
    </message>
    <message>
        <source>an owner card</source>
        <translation>an owner card</translation>
    </message>
    <message>
        <source>an unexpected error: see the log</source>
        <translation>an unexpected error: see the log</translation>
    </message>
    <message>
        <source>answers in {value} ms</source>
        <translation>answers in {value} ms</translation>
    </message>
    <message>
        <source>answers slowly: {value} ms</source>
        <translation>answers slowly: {value} ms</translation>
    </message>
    <message>
        <source>answers the backend ({value} ms)</source>
        <translation>answers the backend ({value} ms)</translation>
    </message>
    <message>
        <source>answers the backend, but not as expected</source>
        <translation>answers the backend, but not as expected</translation>
    </message>
    <message>
        <source>answers with an error ({value})</source>
        <translation>answers with an error ({value})</translation>
    </message>
    <message>
        <source>busy printing</source>
        <translation>busy printing</translation>
    </message>
    <message>
        <source>cannot be asked: the backend does not answer</source>
        <translation>cannot be asked: the backend does not answer</translation>
    </message>
    <message>
        <source>cannot be used</source>
        <translation>cannot be used</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>cannot tell</translation>
    </message>
    <message>
        <source>certificate could not be checked</source>
        <translation>certificate could not be checked</translation>
    </message>
    <message>
        <source>certificate expires in {value} days: renew it</source>
        <translation>certificate expires in {value} days: renew it</translation>
    </message>
    <message>
        <source>certificate has expired</source>
        <translation>certificate has expired</translation>
    </message>
    <message>
        <source>certificate is for another host name</source>
        <translation>certificate is for another host name</translation>
    </message>
    <message>
        <source>certificate not issued by a trusted CA</source>
        <translation>certificate not issued by a trusted CA</translation>
    </message>
    <message>
        <source>certificate not valid yet: check the clock</source>
        <translation>certificate not valid yet: check the clock</translation>
    </message>
    <message>
        <source>certificate refused</source>
        <translation>certificate refused</translation>
    </message>
    <message>
        <source>certificate valid, {value} days left</source>
        <translation>certificate valid, {value} days left</translation>
    </message>
    <message>
        <source>clock in time ({value} s)</source>
        <translation>clock in time ({value} s)</translation>
    </message>
    <message>
        <source>clock {value} s off the backend&apos;s</source>
        <translation>clock {value} s off the backend&apos;s</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>cover open</translation>
    </message>
    <message>
        <source>does not answer in time</source>
        <translation>does not answer in time</translation>
    </message>
    <message>
        <source>does not answer the backend</source>
        <translation>does not answer the backend</translation>
    </message>
    <message>
        <source>does not answer: no connection</source>
        <translation>does not answer: no connection</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>https://host (plain http:// only on this machine)</source>
        <translation>https://host (plain http:// only on this machine)</translation>
    </message>
    <message>
        <source>in use: {value}</source>
        <translation>in use: {value}</translation>
    </message>
    <message>
        <source>no TLS on that port</source>
        <translation>no TLS on that port</translation>
    </message>
    <message>
        <source>no card reader connected</source>
        <translation>no card reader connected</translation>
    </message>
    <message>
        <source>no reader matches the pattern “{value}”</source>
        <translation>no reader matches the pattern “{value}”</translation>
    </message>
    <message>
        <source>none since the kiosk started</source>
        <translation>none since the kiosk started</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>not answering</translation>
    </message>
    <message>
        <source>not set up at the backend: members cannot confirm</source>
        <translation>not set up at the backend: members cannot confirm</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>out of paper</translation>
    </message>
    <message>
        <source>paper near end: change the roll soon</source>
        <translation>paper near end: change the roll soon</translation>
    </message>
    <message>
        <source>plain HTTP on this machine</source>
        <translation>plain HTTP on this machine</translation>
    </message>
    <message>
        <source>plain HTTP: the connection is not encrypted</source>
        <translation>plain HTTP: the connection is not encrypted</translation>
    </message>
    <message>
        <source>readers connected: {value}</source>
        <translation>readers connected: {value}</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>refuses the backend&apos;s credentials</source>
        <translation>refuses the backend&apos;s credentials</translation>
    </message>
    <message>
        <source>refuses the secure connection</source>
        <translation>refuses the secure connection</translation>
    </message>
    <message>
        <source>refuses this kiosk&apos;s credential</source>
        <translation>refuses this kiosk&apos;s credential</translation>
    </message>
    <message>
        <source>simulated: {value}</source>
        <translation>simulated: {value}</translation>
    </message>
    <message>
        <source>the backend did not answer</source>
        <translation>the backend did not answer</translation>
    </message>
    <message>
        <source>the backend did not answer in time</source>
        <translation>the backend did not answer in time</translation>
    </message>
    <message>
        <source>the backend failed</source>
        <translation>the backend failed</translation>
    </message>
    <message>
        <source>the backend refused this kiosk&apos;s credential</source>
        <translation>the backend refused this kiosk&apos;s credential</translation>
    </message>
    <message>
        <source>the backend&apos;s certificate was refused</source>
        <translation>the backend&apos;s certificate was refused</translation>
    </message>
    <message>
        <source>the card in it does not answer</source>
        <translation>the card in it does not answer</translation>
    </message>
    <message>
        <source>the card reader service (pcscd) does not answer</source>
        <translation>the card reader service (pcscd) does not answer</translation>
    </message>
    <message>
        <source>the card reader was not available</source>
        <translation>the card reader was not available</translation>
    </message>
    <message>
        <source>the maintenance session has ended</source>
        <translation>the maintenance session has ended</translation>
    </message>
    <message>
        <source>the mobile certificate service did not answer</source>
        <translation>the mobile certificate service did not answer</translation>
    </message>
    <message>
        <source>the reader cannot be used</source>
        <translation>the reader cannot be used</translation>
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
        <translation>{value} free</translation>
    </message>
</context>
<context>
    <name>MaintenanceView</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Maintenance mode</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Technician {name}. Every action here is recorded.</source>
        <translation>Technician {name}. Every action here is recorded.</translation>
    </message>
</context>
<context>
    <name>MaskedValue</name>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>MemberCardPage</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Keep the card in the reader.</source>
        <translation>Keep the card in the reader.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Reading the card…</translation>
    </message>
    <message>
        <source>Take the card out</source>
        <translation>Take the card out</translation>
    </message>
    <message>
        <source>Take your staff card out of the reader</source>
        <translation>Take your staff card out of the reader</translation>
    </message>
    <message>
        <source>The card proves itself; no mobile certificate is needed for this step.</source>
        <translation>The card proves itself; no mobile certificate is needed for this step.</translation>
    </message>
    <message>
        <source>The member inserts their owner card</source>
        <translation>The member inserts their owner card</translation>
    </message>
    <message>
        <source>The member&apos;s card</source>
        <translation>The member&apos;s card</translation>
    </message>
    <message>
        <source>The owner member inserts their owner card</source>
        <translation>The owner member inserts their owner card</translation>
    </message>
    <message>
        <source>The owner member&apos;s card</source>
        <translation>The owner member&apos;s card</translation>
    </message>
    <message>
        <source>The owner then confirms with their mobile certificate: that is their consent to adding a family member.</source>
        <translation>The owner then confirms with their mobile certificate: that is their consent to adding a family member.</translation>
    </message>
    <message>
        <source>The staff session stays open under your name until this is finished or cancelled.</source>
        <translation>The staff session stays open under your name until this is finished or cancelled.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <source>Add a family member to a household</source>
        <translation>Add a family member to a household</translation>
    </message>
    <message>
        <source>Add or change a member&apos;s mobile number</source>
        <translation>Add or change a member&apos;s mobile number</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Find the member, confirm who they are, link a new card from stock.</source>
        <translation>Find the member, confirm who they are, link a new card from stock.</translation>
    </message>
    <message>
        <source>Hello, {name}!</source>
        <translation>Hello, {name}!</translation>
    </message>
    <message>
        <source>My actions today</source>
        <translation>My actions today</translation>
    </message>
    <message>
        <source>Replace a lost or damaged card</source>
        <translation>Replace a lost or damaged card</translation>
    </message>
    <message>
        <source>Sign out and take your card.</source>
        <translation>Sign out and take your card.</translation>
    </message>
    <message>
        <source>Staff menu · signed in as {name}. Take your card out when a member&apos;s card is needed; the flow goes on under your name.</source>
        <translation>Staff menu · signed in as {name}. Take your card out when a member&apos;s card is needed; the flow goes on under your name.</translation>
    </message>
    <message>
        <source>The member&apos;s card and an identity document; the new number is confirmed.</source>
        <translation>The member&apos;s card and an identity document; the new number is confirmed.</translation>
    </message>
    <message>
        <source>The owner confirms with their mobile certificate; a new card from stock.</source>
        <translation>The owner confirms with their mobile certificate; a new card from stock.</translation>
    </message>
    <message>
        <source>What you have done at this kiosk today.</source>
        <translation>What you have done at this kiosk today.</translation>
    </message>
</context>
<context>
    <name>NoticeView</name>
    <message>
        <source>Please take your card from the reader.</source>
        <translation>Please take your card from the reader.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Insert your card again to continue.</source>
        <translation>Insert your card again to continue.</translation>
    </message>
    <message>
        <source>Please contact the staff at the checkout.</source>
        <translation>Please contact the staff at the checkout.</translation>
    </message>
    <message>
        <source>Please insert your owner card. Payment cards and other cards do not work here.</source>
        <translation>Please insert your owner card. Payment cards and other cards do not work here.</translation>
    </message>
    <message>
        <source>Please try again in a moment.</source>
        <translation>Please try again in a moment.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong</source>
        <translation>Sorry, something went wrong</translation>
    </message>
    <message>
        <source>Staff functions are in the maintenance menu.</source>
        <translation>Staff functions are in the maintenance menu.</translation>
    </message>
    <message>
        <source>Staff have been notified.</source>
        <translation>Staff have been notified.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again.</source>
        <translation>Take the card out and insert it again.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again. If it happens again, please contact the staff at the checkout.</source>
        <translation>Take the card out and insert it again. If it happens again, please contact the staff at the checkout.</translation>
    </message>
    <message>
        <source>The PIN was entered wrong too many times. Ask your supervisor to unlock it.</source>
        <translation>The PIN was entered wrong too many times. Ask your supervisor to unlock it.</translation>
    </message>
    <message>
        <source>The card answered too slowly</source>
        <translation>The card answered too slowly</translation>
    </message>
    <message>
        <source>The card could not be read</source>
        <translation>The card could not be read</translation>
    </message>
    <message>
        <source>The card could not be verified</source>
        <translation>The card could not be verified</translation>
    </message>
    <message>
        <source>The service is busy right now</source>
        <translation>The service is busy right now</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable</source>
        <translation>The service is temporarily unavailable</translation>
    </message>
    <message>
        <source>This card has been reported lost</source>
        <translation>This card has been reported lost</translation>
    </message>
    <message>
        <source>This card is locked</source>
        <translation>This card is locked</translation>
    </message>
    <message>
        <source>This card is no longer valid</source>
        <translation>This card is no longer valid</translation>
    </message>
    <message>
        <source>This is a staff card</source>
        <translation>This is a staff card</translation>
    </message>
    <message>
        <source>This is not our owner card</source>
        <translation>This is not our owner card</translation>
    </message>
    <message>
        <source>This kiosk is out of order</source>
        <translation>This kiosk is out of order</translation>
    </message>
    <message>
        <source>We do not recognise this card</source>
        <translation>We do not recognise this card</translation>
    </message>
    <message>
        <source>We returned to the start. Please try again.</source>
        <translation>We returned to the start. Please try again.</translation>
    </message>
    <message>
        <source>Your session has ended</source>
        <translation>Your session has ended</translation>
    </message>
    <message>
        <source>Your staff access has been withdrawn</source>
        <translation>Your staff access has been withdrawn</translation>
    </message>
    <message>
        <source>Your staff session has ended. What was not finished was not saved. Please ask your supervisor.</source>
        <translation>Your staff session has ended. What was not finished was not saved. Please ask your supervisor.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Caps lock</source>
        <translation>Caps lock</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Numbers and symbols</source>
        <translation>Numbers and symbols</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>space</source>
        <translation>space</translation>
    </message>
</context>
<context>
    <name>OutputOverlay</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>For your privacy the code works only for a short while.</source>
        <translation>For your privacy the code works only for a short while.</translation>
    </message>
    <message>
        <source>If part of the receipt came out of the printer, tear it off and take it with you: it shows your purchases. It is not a complete receipt, so you can throw it away.</source>
        <translation>If part of the receipt came out of the printer, tear it off and take it with you: it shows your purchases. It is not a complete receipt, so you can throw it away.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Make a new code</translation>
    </message>
    <message>
        <source>Making the link…</source>
        <translation>Making the link…</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>One moment, please.</translation>
    </message>
    <message>
        <source>Open your phone&apos;s camera and point it at the code. The receipt opens in the browser, where you can also save it.</source>
        <translation>Open your phone&apos;s camera and point it at the code. The receipt opens in the browser, where you can also save it.</translation>
    </message>
    <message>
        <source>Preparing your receipt…</source>
        <translation>Preparing your receipt…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>QR code: opens the receipt on your phone</source>
        <translation>QR code: opens the receipt on your phone</translation>
    </message>
    <message>
        <source>QR code: opens the warranty receipt on your phone</source>
        <translation>QR code: opens the warranty receipt on your phone</translation>
    </message>
    <message>
        <source>QR code: opens your register data on your phone</source>
        <translation>QR code: opens your register data on your phone</translation>
    </message>
    <message>
        <source>Scan the code with your phone</source>
        <translation>Scan the code with your phone</translation>
    </message>
    <message>
        <source>Something went wrong on our side. Please try again.</source>
        <translation>Something went wrong on our side. Please try again.</translation>
    </message>
    <message>
        <source>Take to phone instead</source>
        <translation>Take to phone instead</translation>
    </message>
    <message>
        <source>Take your receipt</source>
        <translation>Take your receipt</translation>
    </message>
    <message numerus="yes">
        <source>The code works until {time} (%n minutes).</source>
        <translation>
            <numerusform>The code works until {time} (%n minute).</numerusform>
            <numerusform>The code works until {time} (%n minutes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The link has expired</source>
        <translation>The link has expired</translation>
    </message>
    <message>
        <source>The printer cannot print right now</source>
        <translation>The printer cannot print right now</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>The printer is not answering.</translation>
    </message>
    <message>
        <source>The printer is not ready.</source>
        <translation>The printer is not ready.</translation>
    </message>
    <message>
        <source>The printer is offline.</source>
        <translation>The printer is offline.</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>The printer is out of paper.</translation>
    </message>
    <message>
        <source>The printer is still busy with an earlier receipt.</source>
        <translation>The printer is still busy with an earlier receipt.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open.</source>
        <translation>The printer&apos;s cover is open.</translation>
    </message>
    <message>
        <source>The receipt as it is printed</source>
        <translation>The receipt as it is printed</translation>
    </message>
    <message>
        <source>The receipt was not printed</source>
        <translation>The receipt was not printed</translation>
    </message>
    <message>
        <source>The warranty receipt as it is printed</source>
        <translation>The warranty receipt as it is printed</translation>
    </message>
    <message>
        <source>This could not be done right now</source>
        <translation>This could not be done right now</translation>
    </message>
    <message>
        <source>This receipt is no longer available.</source>
        <translation>This receipt is no longer available.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Try printing again</source>
        <translation>Try printing again</translation>
    </message>
    <message>
        <source>We could not reach the service. Please try again in a moment.</source>
        <translation>We could not reach the service. Please try again in a moment.</translation>
    </message>
    <message>
        <source>You can take the receipt to your phone instead: scan a QR code with the phone&apos;s camera.</source>
        <translation>You can take the receipt to your phone instead: scan a QR code with the phone&apos;s camera.</translation>
    </message>
    <message>
        <source>Your receipt is being printed.</source>
        <translation>Your receipt is being printed.</translation>
    </message>
    <message>
        <source>Your receipt is waiting in the printer below the screen.</source>
        <translation>Your receipt is waiting in the printer below the screen.</translation>
    </message>
    <message>
        <source>Your register data as it is printed</source>
        <translation>Your register data as it is printed</translation>
    </message>
</context>
<context>
    <name>ParticipatePage</name>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Completed: see the results</source>
        <translation>Completed: see the results</translation>
    </message>
    <message>
        <source>Customer panels</source>
        <translation>Customer panels</translation>
    </message>
    <message>
        <source>Join a panel on a topic that interests you: panel members get surveys and help decide what we do next. You can leave at any time.</source>
        <translation>Join a panel on a topic that interests you: panel members get surveys and help decide what we do next. You can leave at any time.</translation>
    </message>
    <message>
        <source>Join a panel to take part in its surveys and see their results.</source>
        <translation>Join a panel to take part in its surveys and see their results.</translation>
    </message>
    <message>
        <source>Join the panel</source>
        <translation>Join the panel</translation>
    </message>
    <message>
        <source>Join “{panel}”?</source>
        <translation>Join “{panel}”?</translation>
    </message>
    <message>
        <source>Joining did not succeed, so nothing changed. Please try again later.</source>
        <translation>Joining did not succeed, so nothing changed. Please try again later.</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Joining…</translation>
    </message>
    <message>
        <source>Leave the panel</source>
        <translation>Leave the panel</translation>
    </message>
    <message>
        <source>Leave “{panel}”?</source>
        <translation>Leave “{panel}”?</translation>
    </message>
    <message>
        <source>Leaving did not succeed, so you are still a member. Please try again later.</source>
        <translation>Leaving did not succeed, so you are still a member. Please try again later.</translation>
    </message>
    <message>
        <source>Leaving…</source>
        <translation>Leaving…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Member since {date}</source>
        <translation>Member since {date}</translation>
    </message>
    <message>
        <source>No survey of your panels is open right now.</source>
        <translation>No survey of your panels is open right now.</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Not a member</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Thank you! Your answers to “{survey}” were counted. The results are shown here when the survey closes.</source>
        <translation>Thank you! Your answers to “{survey}” were counted. The results are shown here when the survey closes.</translation>
    </message>
    <message>
        <source>We could not reach the service, so you are still a member. Please try again in a moment.</source>
        <translation>We could not reach the service, so you are still a member. Please try again in a moment.</translation>
    </message>
    <message>
        <source>We could not reach the service, so you did not join. Please try again in a moment.</source>
        <translation>We could not reach the service, so you did not join. Please try again in a moment.</translation>
    </message>
    <message>
        <source>Welcome to the panel! Its surveys will now come to you.</source>
        <translation>Welcome to the panel! Its surveys will now come to you.</translation>
    </message>
    <message>
        <source>Yes, join</source>
        <translation>Yes, join</translation>
    </message>
    <message>
        <source>Yes, leave</source>
        <translation>Yes, leave</translation>
    </message>
    <message>
        <source>You had already answered “{survey}”. Your earlier answers count; each member answers once.</source>
        <translation>You had already answered “{survey}”. Your earlier answers count; each member answers once.</translation>
    </message>
    <message>
        <source>You left the panel. You will get no more surveys from it.</source>
        <translation>You left the panel. You will get no more surveys from it.</translation>
    </message>
    <message>
        <source>You will get the panel&apos;s surveys, and your answers help shape what we do. You can leave the panel at any time.</source>
        <translation>You will get the panel&apos;s surveys, and your answers help shape what we do. You can leave the panel at any time.</translation>
    </message>
    <message>
        <source>You will no longer get surveys from this panel. You can join again later.</source>
        <translation>You will no longer get surveys from this panel. You can join again later.</translation>
    </message>
    <message>
        <source>Your answers could not be sent right now. Your choices are still here; please try again in a moment.</source>
        <translation>Your answers could not be sent right now. Your choices are still here; please try again in a moment.</translation>
    </message>
    <message>
        <source>Your answers were not sent: the service could not be reached. Your choices are still here; please try again.</source>
        <translation>Your answers were not sent: the service could not be reached. Your choices are still here; please try again.</translation>
    </message>
    <message>
        <source>Your panels have no completed surveys yet.</source>
        <translation>Your panels have no completed surveys yet.</translation>
    </message>
    <message>
        <source>Your surveys</source>
        <translation>Your surveys</translation>
    </message>
    <message>
        <source>{panel} · answered, thank you · results after it closes on {date}</source>
        <translation>{panel} · answered, thank you · results after it closes on {date}</translation>
    </message>
    <message numerus="yes">
        <source>{panel} · closed on {date} · %n respondents</source>
        <translation>
            <numerusform>{panel} · closed on {date} · %n respondent</numerusform>
            <numerusform>{panel} · closed on {date} · %n respondents</numerusform>
        </translation>
    </message>
    <message>
        <source>{panel} · closed on {date} · see the results</source>
        <translation>{panel} · closed on {date} · see the results</translation>
    </message>
    <message>
        <source>{panel} · open until {date}</source>
        <translation>{panel} · open until {date}</translation>
    </message>
    <message>
        <source>{panel} · open until {date} · answer now</source>
        <translation>{panel} · open until {date} · answer now</translation>
    </message>
    <message>
        <source>“{survey}” closed before your answers arrived, so they were not counted.</source>
        <translation>“{survey}” closed before your answers arrived, so they were not counted.</translation>
    </message>
    <message>
        <source>‹ Back to panels</source>
        <translation>‹ Back to panels</translation>
    </message>
</context>
<context>
    <name>PhoneDetailsPage</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Identity document and the new number</source>
        <translation>Identity document and the new number</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>The identity document you checked</source>
        <translation>The identity document you checked</translation>
    </message>
    <message>
        <source>The member&apos;s mobile certificate requests will come to this number.</source>
        <translation>The member&apos;s mobile certificate requests will come to this number.</translation>
    </message>
    <message>
        <source>The new mobile phone number</source>
        <translation>The new mobile phone number</translation>
    </message>
    <message>
        <source>Will be saved as {number}</source>
        <translation>Will be saved as {number}</translation>
    </message>
    <message>
        <source>{name}&apos;s card has proven itself. Check their identity document.</source>
        <translation>{name}&apos;s card has proven itself. Check their identity document.</translation>
    </message>
</context>
<context>
    <name>PinView</name>
    <message numerus="yes">
        <source>%n digits typed</source>
        <translation>
            <numerusform>%n digit typed</numerusform>
            <numerusform>%n digits typed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tries left.</source>
        <translation>
            <numerusform>%n try left.</numerusform>
            <numerusform>%n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter your PIN. It is checked by the card.</source>
        <translation>Enter your PIN. It is checked by the card.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation>Staff card</translation>
    </message>
    <message>
        <source>Technician card</source>
        <translation>Technician card</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left.</numerusform>
            <numerusform>Wrong PIN. %n tries left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalView</name>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>Hello, {name}!</source>
        <translation>Hello, {name}!</translation>
    </message>
    <message>
        <source>Identity confirmed with mobile certificate</source>
        <translation>Identity confirmed with mobile certificate</translation>
    </message>
    <message>
        <source>Signed in with your card only</source>
        <translation>Signed in with your card only</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Cut test</source>
        <translation>Cut test</translation>
    </message>
    <message>
        <source>Cut: the printer confirmed the strip and the cut.</source>
        <translation>Cut: the printer confirmed the strip and the cut.</translation>
    </message>
    <message>
        <source>Not printed: the printer is busy with another job. Nothing was sent.</source>
        <translation>Not printed: the printer is busy with another job. Nothing was sent.</translation>
    </message>
    <message>
        <source>Not printed: {reason}.</source>
        <translation>Not printed: {reason}.</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Print test page</translation>
    </message>
    <message>
        <source>Printed: the printer confirmed the whole page. Check it against the preview.</source>
        <translation>Printed: the printer confirmed the whole page. Check it against the preview.</translation>
    </message>
    <message>
        <source>Printer now</source>
        <translation>Printer now</translation>
    </message>
    <message>
        <source>Printing and cutting…</source>
        <translation>Printing and cutting…</translation>
    </message>
    <message>
        <source>Printing the test page…</source>
        <translation>Printing the test page…</translation>
    </message>
    <message>
        <source>The test page as it prints</source>
        <translation>The test page as it prints</translation>
    </message>
    <message>
        <source>The test page as printed</source>
        <translation>The test page as printed</translation>
    </message>
    <message>
        <source>The test page shows the printer&apos;s width with a ruler, å ä ö €, a solid bar and a QR code of this kiosk and the time. The cut test prints a short strip and cuts it.</source>
        <translation>The test page shows the printer&apos;s width with a ruler, å ä ö €, a solid bar and a QR code of this kiosk and the time. The cut test prints a short strip and cuts it.</translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <source>A request was sent to {phone}</source>
        <translation>A request was sent to {phone}</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Cancel the request</translation>
    </message>
    <message>
        <source>Check that the phone shows the same code. Then the PIN of the mobile certificate is entered on the phone.</source>
        <translation>Check that the phone shows the same code. Then the PIN of the mobile certificate is entered on the phone.</translation>
    </message>
    <message>
        <source>Sending the request to the phone…</source>
        <translation>Sending the request to the phone…</translation>
    </message>
    <message>
        <source>Time left {time}</source>
        <translation>Time left {time}</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>Answer to reset (ATR): {atr}</source>
        <translation>Answer to reset (ATR): {atr}</translation>
    </message>
    <message>
        <source>Card reader service (pcscd): not answering</source>
        <translation>Card reader service (pcscd): not answering</translation>
    </message>
    <message>
        <source>Card reader service: answering. Readers: {count}</source>
        <translation>Card reader service: answering. Readers: {count}</translation>
    </message>
    <message>
        <source>Card reader service: checking…</source>
        <translation>Card reader service: checking…</translation>
    </message>
    <message>
        <source>Its PIN is blocked.</source>
        <translation>Its PIN is blocked.</translation>
    </message>
    <message>
        <source>No card reader connected.</source>
        <translation>No card reader connected.</translation>
    </message>
    <message>
        <source>None of them matches the pattern “{pattern}”: the kiosk uses no reader.</source>
        <translation>None of them matches the pattern “{pattern}”: the kiosk uses no reader.</translation>
    </message>
    <message>
        <source>Our card: {kind}, number {number}.</source>
        <translation>Our card: {kind}, number {number}.</translation>
    </message>
    <message>
        <source>PIN tries left: {tries}.</source>
        <translation>PIN tries left: {tries}.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Reading the card…</translation>
    </message>
    <message>
        <source>Test a card</source>
        <translation>Test a card</translation>
    </message>
    <message>
        <source>You may take your own card out to test another: maintenance stays open until you tap End, or nobody touches the screen for a while. Testing opens no session.</source>
        <translation>You may take your own card out to test another: maintenance stays open until you tap End, or nobody touches the screen for a while. Testing opens no session.</translation>
    </message>
    <message>
        <source>used by the kiosk</source>
        <translation>used by the kiosk</translation>
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
        <translation>Keep the card in the reader.</translation>
    </message>
    <message>
        <source>Reading your card…</source>
        <translation>Reading your card…</translation>
    </message>
</context>
<context>
    <name>ReceiptListModel</name>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>No. {number}</translation>
    </message>
</context>
<context>
    <name>ReceiptsPage</name>
    <message numerus="yes">
        <source>%n receipts</source>
        <translation>
            <numerusform>%n receipt</numerusform>
            <numerusform>%n receipts</numerusform>
        </translation>
    </message>
    <message>
        <source>All of {year}</source>
        <translation>All of {year}</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Bonus-eligible purchases</source>
        <translation>Bonus-eligible purchases</translation>
    </message>
    <message>
        <source>Card •••• {last4}</source>
        <translation>Card •••• {last4}</translation>
    </message>
    <message>
        <source>Choose a month</source>
        <translation>Choose a month</translation>
    </message>
    <message>
        <source>Choose a month…</source>
        <translation>Choose a month…</translation>
    </message>
    <message>
        <source>Choose a store</source>
        <translation>Choose a store</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Discount {amount}</source>
        <translation>Discount {amount}</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Excl. VAT</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Incl. VAT</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>More receipts could not be loaded.</source>
        <translation>More receipts could not be loaded.</translation>
    </message>
    <message>
        <source>No receipts match</source>
        <translation>No receipts match</translation>
    </message>
    <message>
        <source>Over {count} receipts</source>
        <translation>Over {count} receipts</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Product or receipt number</source>
        <translation>Product or receipt number</translation>
    </message>
    <message>
        <source>Receipt number {number}</source>
        <translation>Receipt number {number}</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Receipts from every store</source>
        <translation>Receipts from every store</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search receipts</source>
        <translation>Search receipts</translation>
    </message>
    <message>
        <source>Show warranty receipt</source>
        <translation>Show warranty receipt</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Take to phone</source>
        <translation>Take to phone</translation>
    </message>
    <message>
        <source>Tap to choose a store</source>
        <translation>Tap to choose a store</translation>
    </message>
    <message>
        <source>These words cannot be searched. Try other words.</source>
        <translation>These words cannot be searched. Try other words.</translation>
    </message>
    <message numerus="yes">
        <source>This purchase has %n warranty receipts.</source>
        <translation>
            <numerusform>This purchase has %n warranty receipt.</numerusform>
            <numerusform>This purchase has %n warranty receipts.</numerusform>
        </translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Try other words or a longer time, or clear the filters.</source>
        <translation>Try other words or a longer time, or clear the filters.</translation>
    </message>
    <message>
        <source>Use at most {count} words.</source>
        <translation>Use at most {count} words.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Warranty receipt {n}</source>
        <translation>Warranty receipt {n}</translation>
    </message>
    <message>
        <source>You have no electronic receipts yet.</source>
        <translation>You have no electronic receipts yet.</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>pcs</translation>
    </message>
    <message>
        <source>{price} each</source>
        <translation>{price} each</translation>
    </message>
    <message>
        <source>{price} per kg</source>
        <translation>{price} per kg</translation>
    </message>
    <message>
        <source>{seller} · Business ID {business_id}</source>
        <translation>{seller} · Business ID {business_id}</translation>
    </message>
    <message>
        <source>‹ Receipts</source>
        <translation>‹ Receipts</translation>
    </message>
</context>
<context>
    <name>RegisterDataPage</name>
    <message>
        <source>Everything the owner-customer register and the customer register hold about you.</source>
        <translation>Everything the owner-customer register and the customer register hold about you.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Register data</source>
        <translation>Register data</translation>
    </message>
    <message>
        <source>Take to phone</source>
        <translation>Take to phone</translation>
    </message>
</context>
<context>
    <name>SavingPage</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saving the new number</source>
        <translation>Saving the new number</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Confirm with mobile certificate</source>
        <translation>Confirm with mobile certificate</translation>
    </message>
    <message>
        <source>Confirm your identity to see this</source>
        <translation>Confirm your identity to see this</translation>
    </message>
    <message>
        <source>This needs a mobile certificate</source>
        <translation>This needs a mobile certificate</translation>
    </message>
    <message>
        <source>This section shows your personal information. To protect it, please confirm your identity first.</source>
        <translation>This section shows your personal information. To protect it, please confirm your identity first.</translation>
    </message>
    <message>
        <source>We have no mobile phone number for you. A store clerk can add it here at this kiosk; then you can confirm your identity and see this.</source>
        <translation>We have no mobile phone number for you. A store clerk can add it here at this kiosk; then you can confirm your identity and see this.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Change what is needed and tap Save. Nothing is written until every value is accepted; the kiosk uses the new values after a restart.</source>
        <translation>Change what is needed and tap Save. Nothing is written until every value is accepted; the kiosk uses the new values after a restart.</translation>
    </message>
    <message>
        <source>Checking the new values…</source>
        <translation>Checking the new values…</translation>
    </message>
    <message>
        <source>Not saved yet: {names}. Read the warning below, then save anyway or change the value.</source>
        <translation>Not saved yet: {names}. Read the warning below, then save anyway or change the value.</translation>
    </message>
    <message>
        <source>Not saved. Nothing was written.</source>
        <translation>Not saved. Nothing was written.</translation>
    </message>
    <message>
        <source>Not saved: the values marked below are not accepted. Nothing was written.</source>
        <translation>Not saved: the values marked below are not accepted. Nothing was written.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Saved: {names}. The old file is kept as a backup. Restart the kiosk to use the new values.</source>
        <translation>Saved: {names}. The old file is kept as a backup. Restart the kiosk to use the new values.</translation>
    </message>
    <message>
        <source>Set by {variable}: it cannot be changed here.</source>
        <translation>Set by {variable}: it cannot be changed here.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be used here.</source>
        <translation>The settings file {path} cannot be used here.</translation>
    </message>
    <message>
        <source>This kiosk runs without a settings file (a demo): nothing can be saved here.</source>
        <translation>This kiosk runs without a settings file (a demo): nothing can be saved here.</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>Card replaced</source>
        <translation>Card replaced</translation>
    </message>
    <message>
        <source>Family member added</source>
        <translation>Family member added</translation>
    </message>
    <message>
        <source>Mobile number added or changed</source>
        <translation>Mobile number added or changed</translation>
    </message>
    <message>
        <source>Other action</source>
        <translation>Other action</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>identity: document checked</source>
        <translation>identity: document checked</translation>
    </message>
    <message>
        <source>identity: mobile certificate</source>
        <translation>identity: mobile certificate</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Assisted by {name}</source>
        <translation>Assisted by {name}</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
</context>
<context>
    <name>StaffEnrolment</name>
    <message>
        <source>family member</source>
        <translation>family member</translation>
    </message>
    <message>
        <source>owner member</source>
        <translation>owner member</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>(not heard from lately)</source>
        <translation>(not heard from lately)</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>This kiosk</translation>
    </message>
    <message>
        <source>{kiosk}: out of paper</source>
        <translation>{kiosk}: out of paper</translation>
    </message>
    <message>
        <source>{kiosk}: paper running low</source>
        <translation>{kiosk}: paper running low</translation>
    </message>
</context>
<context>
    <name>StaffParts</name>
    <message>
        <source>ADD A FAMILY MEMBER</source>
        <translation>ADD A FAMILY MEMBER</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <source>MOBILE NUMBER</source>
        <translation>MOBILE NUMBER</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>REPLACE A CARD</source>
        <translation>REPLACE A CARD</translation>
    </message>
    <message>
        <source>{flow} · STEP {number} OF {total}</source>
        <translation>{flow} · STEP {number} OF {total}</translation>
    </message>
</context>
<context>
    <name>StaffTexts</name>
    <message>
        <source>A member cannot be added to another household here.</source>
        <translation>A member cannot be added to another household here.</translation>
    </message>
    <message>
        <source>Adding a family member needs the owner&apos;s consent with their mobile certificate. Add the owner&apos;s number first with &quot;Add or change a member&apos;s mobile number&quot;, then add the family member.</source>
        <translation>Adding a family member needs the owner&apos;s consent with their mobile certificate. Add the owner&apos;s number first with &quot;Add or change a member&apos;s mobile number&quot;, then add the family member.</translation>
    </message>
    <message>
        <source>Check an identity document instead: ask the member for their passport, identity card or driving licence.</source>
        <translation>Check an identity document instead: ask the member for their passport, identity card or driving licence.</translation>
    </message>
    <message>
        <source>Check the spelling of the names on the form with the person, or check an identity document instead.</source>
        <translation>Check the spelling of the names on the form with the person, or check an identity document instead.</translation>
    </message>
    <message>
        <source>Finish or cancel the other request on the phone, then try again.</source>
        <translation>Finish or cancel the other request on the phone, then try again.</translation>
    </message>
    <message>
        <source>Its PIN was entered wrong too many times. The mobile operator can unlock it.</source>
        <translation>Its PIN was entered wrong too many times. The mobile operator can unlock it.</translation>
    </message>
    <message>
        <source>No member was found with this number or code. Check it with the member.</source>
        <translation>No member was found with this number or code. Check it with the member.</translation>
    </message>
    <message>
        <source>Only a few requests can be sent in a short time. Try again later, or check an identity document.</source>
        <translation>Only a few requests can be sent in a short time. Try again later, or check an identity document.</translation>
    </message>
    <message>
        <source>Please check the marked fields.</source>
        <translation>Please check the marked fields.</translation>
    </message>
    <message>
        <source>Several members share this phone number. Search with the personal identity code instead.</source>
        <translation>Several members share this phone number. Search with the personal identity code instead.</translation>
    </message>
    <message>
        <source>Some details were not accepted. Please check the marked fields.</source>
        <translation>Some details were not accepted. Please check the marked fields.</translation>
    </message>
    <message>
        <source>Something changed at the same time elsewhere. Try again to see what.</source>
        <translation>Something changed at the same time elsewhere. Try again to see what.</translation>
    </message>
    <message>
        <source>The answer from the mobile certificate service did not check out. You can try again.</source>
        <translation>The answer from the mobile certificate service did not check out. You can try again.</translation>
    </message>
    <message>
        <source>The card answered too slowly. Take it out and insert it again.</source>
        <translation>The card answered too slowly. Take it out and insert it again.</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out and insert it again.</source>
        <translation>The card could not be read. Take it out and insert it again.</translation>
    </message>
    <message>
        <source>The card could not be verified: it did not prove its key. Take it out and use another card.</source>
        <translation>The card could not be verified: it did not prove its key. Take it out and use another card.</translation>
    </message>
    <message>
        <source>The confirmation timed out.</source>
        <translation>The confirmation timed out.</translation>
    </message>
    <message>
        <source>The connection to the service was lost. Nothing you typed is lost. Try again.</source>
        <translation>The connection to the service was lost. Nothing you typed is lost. Try again.</translation>
    </message>
    <message>
        <source>The connection was lost while saving. Nothing you typed is lost. Try again: if it was saved already, you will see it, and nothing is saved twice.</source>
        <translation>The connection was lost while saving. Nothing you typed is lost. Try again: if it was saved already, you will see it, and nothing is saved twice.</translation>
    </message>
    <message>
        <source>The date in the identity code does not exist. Check the first six digits.</source>
        <translation>The date in the identity code does not exist. Check the first six digits.</translation>
    </message>
    <message>
        <source>The identity code&apos;s check character does not match. Check every character.</source>
        <translation>The identity code&apos;s check character does not match. Check every character.</translation>
    </message>
    <message>
        <source>The identity confirmation is no longer valid. Confirm the person&apos;s identity again.</source>
        <translation>The identity confirmation is no longer valid. Confirm the person&apos;s identity again.</translation>
    </message>
    <message>
        <source>The identity could not be confirmed.</source>
        <translation>The identity could not be confirmed.</translation>
    </message>
    <message>
        <source>The member has no mobile certificate on file.</source>
        <translation>The member has no mobile certificate on file.</translation>
    </message>
    <message>
        <source>The member has no mobile phone number on file.</source>
        <translation>The member has no mobile phone number on file.</translation>
    </message>
    <message>
        <source>The member&apos;s confirmation is no longer valid. The member inserts their card again; what you typed is kept.</source>
        <translation>The member&apos;s confirmation is no longer valid. The member inserts their card again; what you typed is kept.</translation>
    </message>
    <message>
        <source>The mobile certificate is locked.</source>
        <translation>The mobile certificate is locked.</translation>
    </message>
    <message>
        <source>The mobile certificate is not this member&apos;s.</source>
        <translation>The mobile certificate is not this member&apos;s.</translation>
    </message>
    <message>
        <source>The mobile certificate is ordered from the mobile operator.</source>
        <translation>The mobile certificate is ordered from the mobile operator.</translation>
    </message>
    <message>
        <source>The mobile certificate service is not answering right now.</source>
        <translation>The mobile certificate service is not answering right now.</translation>
    </message>
    <message>
        <source>The name on the mobile certificate is not the name typed.</source>
        <translation>The name on the mobile certificate is not the name typed.</translation>
    </message>
    <message>
        <source>The new card must prove itself again. Insert it again.</source>
        <translation>The new card must prove itself again. Insert it again.</translation>
    </message>
    <message>
        <source>The owner has no mobile phone number on file.</source>
        <translation>The owner has no mobile phone number on file.</translation>
    </message>
    <message>
        <source>The phone is handling another request.</source>
        <translation>The phone is handling another request.</translation>
    </message>
    <message>
        <source>The phone that answered belongs to someone else. Check an identity document instead.</source>
        <translation>The phone that answered belongs to someone else. Check an identity document instead.</translation>
    </message>
    <message>
        <source>The request on the phone was not answered in time.</source>
        <translation>The request on the phone was not answered in time.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>The search has expired. Find the member again.</source>
        <translation>The search has expired. Find the member again.</translation>
    </message>
    <message>
        <source>The service could not do this right now. Nothing you typed is lost. Try again in a moment.</source>
        <translation>The service could not do this right now. Nothing you typed is lost. Try again in a moment.</translation>
    </message>
    <message>
        <source>The service did not accept this step. Cancel and start again.</source>
        <translation>The service did not accept this step. Cancel and start again.</translation>
    </message>
    <message>
        <source>Their identity cannot be confirmed on a phone. Add their number first with &quot;Add or change a member&apos;s mobile number&quot;.</source>
        <translation>Their identity cannot be confirmed on a phone. Add their number first with &quot;Add or change a member&apos;s mobile number&quot;.</translation>
    </message>
    <message>
        <source>This cannot be left empty.</source>
        <translation>This cannot be left empty.</translation>
    </message>
    <message>
        <source>This card belongs to a family member. Only the household&apos;s owner member can add family members: take this card out and insert the owner&apos;s card.</source>
        <translation>This card belongs to a family member. Only the household&apos;s owner member can add family members: take this card out and insert the owner&apos;s card.</translation>
    </message>
    <message>
        <source>This card belongs to another store&apos;s stock. Take it out and insert a new card from this store&apos;s stock.</source>
        <translation>This card belongs to another store&apos;s stock. Take it out and insert a new card from this store&apos;s stock.</translation>
    </message>
    <message>
        <source>This card has been reported lost and cannot be used. Replace it from the staff menu.</source>
        <translation>This card has been reported lost and cannot be used. Replace it from the staff menu.</translation>
    </message>
    <message>
        <source>This card is already in use. Take it out and insert a new card from stock.</source>
        <translation>This card is already in use. Take it out and insert a new card from stock.</translation>
    </message>
    <message>
        <source>This card is closed and cannot be used. If the member has lost their only card, replace it from the staff menu.</source>
        <translation>This card is closed and cannot be used. If the member has lost their only card, replace it from the staff menu.</translation>
    </message>
    <message>
        <source>This card is not a new card: it has been closed or reported lost. Take it out and insert a new card from stock.</source>
        <translation>This card is not a new card: it has been closed or reported lost. Take it out and insert a new card from stock.</translation>
    </message>
    <message>
        <source>This card is not in our stock. Take it out and insert a new card from this store&apos;s stock.</source>
        <translation>This card is not in our stock. Take it out and insert a new card from this store&apos;s stock.</translation>
    </message>
    <message>
        <source>This did not work. Please try again.</source>
        <translation>This did not work. Please try again.</translation>
    </message>
    <message>
        <source>This is a staff card. Take it out and insert a new card from stock.</source>
        <translation>This is a staff card. Take it out and insert a new card from stock.</translation>
    </message>
    <message>
        <source>This is a staff card. Take it out and insert the member&apos;s card.</source>
        <translation>This is a staff card. Take it out and insert the member&apos;s card.</translation>
    </message>
    <message>
        <source>This is not a personal identity code. It looks like 131052-308T.</source>
        <translation>This is not a personal identity code. It looks like 131052-308T.</translation>
    </message>
    <message>
        <source>This is not one of our cards. Take it out and insert an owner card.</source>
        <translation>This is not one of our cards. Take it out and insert an owner card.</translation>
    </message>
    <message>
        <source>This is the member&apos;s own card, not a new one. Take it out and insert a new card from stock.</source>
        <translation>This is the member&apos;s own card, not a new one. Take it out and insert a new card from stock.</translation>
    </message>
    <message>
        <source>This person is already a member.</source>
        <translation>This person is already a member.</translation>
    </message>
    <message>
        <source>This phone number has no mobile certificate.</source>
        <translation>This phone number has no mobile certificate.</translation>
    </message>
    <message>
        <source>This stock card is not an owner card. Take it out and insert a new owner card from stock.</source>
        <translation>This stock card is not an owner card. Take it out and insert a new owner card from stock.</translation>
    </message>
    <message>
        <source>To confirm with their own mobile certificate, type the new member&apos;s mobile number on the form first.</source>
        <translation>To confirm with their own mobile certificate, type the new member&apos;s mobile number on the form first.</translation>
    </message>
    <message>
        <source>Too many requests to this phone.</source>
        <translation>Too many requests to this phone.</translation>
    </message>
    <message>
        <source>Too young for an own card: the minimum age is {years} years.</source>
        <translation>Too young for an own card: the minimum age is {years} years.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Try again in a moment.</translation>
    </message>
    <message>
        <source>Type the last four letters or digits of the document&apos;s number.</source>
        <translation>Type the last four letters or digits of the document&apos;s number.</translation>
    </message>
    <message>
        <source>We do not know this card. Take it out and insert another one.</source>
        <translation>We do not know this card. Take it out and insert another one.</translation>
    </message>
    <message>
        <source>You can send a new request to the phone.</source>
        <translation>You can send a new request to the phone.</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Hello, {name}!</source>
        <translation>Hello, {name}!</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Staff menu</translation>
    </message>
    <message>
        <source>You are signed in as staff. Take your card out of the reader when you are done.</source>
        <translation>You are signed in as staff. Take your card out of the reader when you are done.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Kiosk {kiosk}, backend {backend}</source>
        <translation>Kiosk {kiosk}, backend {backend}</translation>
    </message>
</context>
<context>
    <name>StockCardPage</name>
    <message>
        <source>A new card from stock</source>
        <translation>A new card from stock</translation>
    </message>
    <message>
        <source>Back to the details</source>
        <translation>Back to the details</translation>
    </message>
    <message>
        <source>Back to the identity</source>
        <translation>Back to the identity</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Checking the card and saving…</source>
        <translation>Checking the card and saving…</translation>
    </message>
    <message>
        <source>Insert a new owner card from this store&apos;s stock</source>
        <translation>Insert a new owner card from this store&apos;s stock</translation>
    </message>
    <message>
        <source>Keep the card in the reader.</source>
        <translation>Keep the card in the reader.</translation>
    </message>
    <message>
        <source>Take the card out</source>
        <translation>Take the card out</translation>
    </message>
    <message>
        <source>Take your staff card out of the reader</source>
        <translation>Take your staff card out of the reader</translation>
    </message>
    <message>
        <source>The card proves it is genuine; only then is it linked and in use.</source>
        <translation>The card proves it is genuine; only then is it linked and in use.</translation>
    </message>
    <message>
        <source>Then insert a new owner card from this store&apos;s stock.</source>
        <translation>Then insert a new owner card from this store&apos;s stock.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message numerus="yes">
        <source>%n of {total} questions answered</source>
        <translation>
            <numerusform>%n of {total} questions answered</numerusform>
            <numerusform>%n of {total} questions answered</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a number from 1 to 5.</source>
        <translation>Choose a number from 1 to 5.</translation>
    </message>
    <message>
        <source>Choose one or more.</source>
        <translation>Choose one or more.</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>Choose one.</translation>
    </message>
    <message>
        <source>Send answers</source>
        <translation>Send answers</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>‹ Back to panels</source>
        <translation>‹ Back to panels</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Touch grid</source>
        <translation>Touch grid</translation>
    </message>
    <message>
        <source>Touch test: draw over the whole screen; a cell that stays light does not feel touch.</source>
        <translation>Touch test: draw over the whole screen; a cell that stays light does not feel touch.</translation>
    </message>
    <message>
        <source>{lit} of {cells} cells touched</source>
        <translation>{lit} of {cells} cells touched</translation>
    </message>
</context>
<context>
    <name>WarrantyPage</name>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Bought {date} · {store}</source>
        <translation>Bought {date} · {store}</translation>
    </message>
    <message>
        <source>EAN code</source>
        <translation>EAN code</translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n days</source>
        <translation>
            <numerusform>Ends in %n day</numerusform>
            <numerusform>Ends in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Ends today</translation>
    </message>
    <message>
        <source>Expired on {date}</source>
        <translation>Expired on {date}</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Guarantor</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Show original receipt</source>
        <translation>Show original receipt</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Take to phone</source>
        <translation>Take to phone</translation>
    </message>
    <message>
        <source>Tap a product to see its warranty, print it or take it to your phone.</source>
        <translation>Tap a product to see its warranty, print it or take it to your phone.</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>Valid until {date}</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>Warranty ends</translation>
    </message>
    <message>
        <source>Warranty period</source>
        <translation>Warranty period</translation>
    </message>
    <message>
        <source>When you buy a product with a warranty, such as a household appliance, its warranty receipt is kept here for you.</source>
        <translation>When you buy a product with a warranty, such as a household appliance, its warranty receipt is kept here for you.</translation>
    </message>
    <message>
        <source>You have no warranty receipts</source>
        <translation>You have no warranty receipts</translation>
    </message>
    <message>
        <source>Your warranty receipts</source>
        <translation>Your warranty receipts</translation>
    </message>
    <message>
        <source>{store}, {town}</source>
        <translation>{store}, {town}</translation>
    </message>
    <message>
        <source>‹ All warranty receipts</source>
        <translation>‹ All warranty receipts</translation>
    </message>
</context>
</TS>
