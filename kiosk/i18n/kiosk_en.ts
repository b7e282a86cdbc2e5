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
    <name>DemoPanel</name>
    <message>
        <source>A card that is not ours</source>
        <translation>A card that is not ours</translation>
    </message>
    <message>
        <source>A copy of Matti&apos;s card
(another key)</source>
        <translation>A copy of Matti&apos;s card
(another key)</translation>
    </message>
    <message>
        <source>Cancel on the phone</source>
        <translation>Cancel on the phone</translation>
    </message>
    <message>
        <source>Card reader: insert a card</source>
        <translation>Card reader: insert a card</translation>
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
        <source>Enter the PIN (approve)</source>
        <translation>Enter the PIN (approve)</translation>
    </message>
    <message>
        <source>No confirmation request on the phone.</source>
        <translation>No confirmation request on the phone.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Or open the phone page in a browser: {url}</source>
        <translation>Or open the phone page in a browser: {url}</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Out of paper</translation>
    </message>
    <message>
        <source>Paper running low</source>
        <translation>Paper running low</translation>
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
        <source>The member&apos;s phone</source>
        <translation>The member&apos;s phone</translation>
    </message>
    <message>
        <source>The phone shows the code {code}.</source>
        <translation>The phone shows the code {code}.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
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
        <source>technician card</source>
        <translation>technician card</translation>
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
    <name>PinView</name>
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
    <name>SectionPage</name>
    <message>
        <source>Back to Home</source>
        <translation>Back to Home</translation>
    </message>
    <message>
        <source>Choose what we send you, and how.</source>
        <translation>Choose what we send you, and how.</translation>
    </message>
    <message>
        <source>Choose your marketing channels: e-mail, text message and post.</source>
        <translation>Choose your marketing channels: e-mail, text message and post.</translation>
    </message>
    <message>
        <source>Confirm with mobile certificate</source>
        <translation>Confirm with mobile certificate</translation>
    </message>
    <message>
        <source>Confirm your identity to see this</source>
        <translation>Confirm your identity to see this</translation>
    </message>
    <message>
        <source>Follow your Bonus, payment-method benefit and other cash benefits month by month.</source>
        <translation>Follow your Bonus, payment-method benefit and other cash benefits month by month.</translation>
    </message>
    <message>
        <source>Have your say in how your cooperative develops.</source>
        <translation>Have your say in how your cooperative develops.</translation>
    </message>
    <message>
        <source>Here you can</source>
        <translation>Here you can</translation>
    </message>
    <message>
        <source>Join or leave the customer panels that interest you.</source>
        <translation>Join or leave the customer panels that interest you.</translation>
    </message>
    <message>
        <source>Look through your electronic receipts and warranty receipts.</source>
        <translation>Look through your electronic receipts and warranty receipts.</translation>
    </message>
    <message>
        <source>See the results of the panel surveys.</source>
        <translation>See the results of the panel surveys.</translation>
    </message>
    <message>
        <source>See your household members and the data held on you in our registers.</source>
        <translation>See your household members and the data held on you in our registers.</translation>
    </message>
    <message>
        <source>Subscribe to newsletters, or unsubscribe from them.</source>
        <translation>Subscribe to newsletters, or unsubscribe from them.</translation>
    </message>
    <message>
        <source>The information we hold on you and your household.</source>
        <translation>The information we hold on you and your household.</translation>
    </message>
    <message>
        <source>This section shows your personal information. To protect it, please confirm your identity first.</source>
        <translation>This section shows your personal information. To protect it, please confirm your identity first.</translation>
    </message>
    <message>
        <source>Update your contact details.</source>
        <translation>Update your contact details.</translation>
    </message>
    <message>
        <source>Your owner-customer benefits and your purchases in one place.</source>
        <translation>Your owner-customer benefits and your purchases in one place.</translation>
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
</TS>
