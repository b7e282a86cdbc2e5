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
        <source>All text about a third larger</source>
        <translation>All text about a third larger</translation>
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
        <source>Make the screen easier to read</source>
        <translation>Make the screen easier to read</translation>
    </message>
    <message>
        <source>White and yellow on black</source>
        <translation>White and yellow on black</translation>
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
        <source>Unsubscribed from {topic}</source>
        <translation>Unsubscribed from {topic}</translation>
    </message>
</context>
<context>
    <name>ConfirmingView</name>
    <message>
        <source>Add your number at the customer service desk or in the mobile app.</source>
        <translation>Add your number at the customer service desk or in the mobile app.</translation>
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
        <source>A request waits on the phone, with the event code</source>
        <translation>A request waits on the phone, with the event code</translation>
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
        <source>Hangs mid-print</source>
        <translation>Hangs mid-print</translation>
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
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Register data</source>
        <translation>Register data</translation>
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
        <source>Family member</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>Family members are added by the household&apos;s owner member, at the customer service desk of one of our stores with our staff&apos;s help.</source>
        <translation>Family members are added by the household&apos;s owner member, at the customer service desk of one of our stores with our staff&apos;s help.</translation>
    </message>
    <message>
        <source>Owner member</source>
        <translation>Owner member</translation>
    </message>
    <message>
        <source>To add a family member to your household, visit the customer service desk of one of our stores. Our staff will help you.</source>
        <translation>To add a family member to your household, visit the customer service desk of one of our stores. Our staff will help you.</translation>
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
        <source>{role} · in the household since {date}</source>
        <translation>{role} · in the household since {date}</translation>
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
        <source>If part of it came out, please leave it: the staff will take care of it.</source>
        <translation>If part of it came out, please leave it: the staff will take care of it.</translation>
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
        <source>The receipt was not printed</source>
        <translation>The receipt was not printed</translation>
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
        <source>Your panels have no completed surveys yet.</source>
        <translation>Your panels have no completed surveys yet.</translation>
    </message>
    <message>
        <source>Your surveys</source>
        <translation>Your surveys</translation>
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
        <source>‹ Back to panels</source>
        <translation>‹ Back to panels</translation>
    </message>
</context>
<context>
    <name>PinView</name>
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
    <message>
        <source>Wrong PIN. That was the last try: the card is now locked.</source>
        <translation>Wrong PIN. That was the last try: the card is now locked.</translation>
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
        <source>This section shows your personal information. To protect it, please confirm your identity first.</source>
        <translation>This section shows your personal information. To protect it, please confirm your identity first.</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Backend answers</source>
        <translation>Backend answers</translation>
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
        <source>Hello, {name}!</source>
        <translation>Hello, {name}!</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Maintenance mode</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Staff menu</translation>
    </message>
    <message>
        <source>These are this kiosk&apos;s settings and connections.</source>
        <translation>These are this kiosk&apos;s settings and connections.</translation>
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
        <source>You are signed in as staff. Take your card out of the reader when you are done.</source>
        <translation>You are signed in as staff. Take your card out of the reader when you are done.</translation>
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
