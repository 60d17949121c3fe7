<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Ari::Media::RtpTransport</name>
    <message>
        <source>UDP port %1 cannot be used for RTP: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No UDP port for RTP: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ari::Media::WebSocketMedia</name>
    <message>
        <source>the media socket&apos;s certificate is not the pinned one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the media WebSocket could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk closed the media WebSocket (the channel was hung up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the media WebSocket closed (code %1%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>not a WAV file (no RIFF/WAVE header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV file has no %1 chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV file&apos;s header is damaged (no channels or no sample rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other Local half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridge peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dial peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (%1), caller %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialplan %1,%2,%3: %4(%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: Up (answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTMF %1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stasis start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stasis start: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stasis end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dialling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial %1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered bridge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered bridge %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left bridge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left bridge %1, leaving %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback continues: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback finished: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, to the bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording started: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording finished: %1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording failed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, of the bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped talking (%1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind transfer to %1@%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended transfer (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer requested (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangup requested (soft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangup requested: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangup requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hung up: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator console for Asterisk over ARI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the versions and the platform, e.g. for a support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to an Asterisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk: not connected yet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated Asterisk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(entity %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 when last connected; now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::ActionPolicy</name>
    <message>
        <source>This profile is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk %1 does not have this operation (it arrived in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is in the dialplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is in dialplan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel is not in a Stasis application (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel is already answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a ringing incoming channel can be answered (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel is already on hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::AdminPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::AllBridgesModel</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::AllEventsModel</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::Appearance</name>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::ApplicationsView</name>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the applications and their subscriptions again (GET /applications)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event source kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an event type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disallowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let every event type through again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an application above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is subscribed to nothing explicitly: it hears of the channels in it, and of everything when it connected with subscribeAll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources %1 hears of (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No filter: every event type reaches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every type except the disallowed ones (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the allowed types (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the allowed types (%1), minus the disallowed ones (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a channel id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bridge id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technology[/resource], e.g. PJSIP/1001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device, e.g. Stasis:agent1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe the application to this event source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the application hearing of the selected sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this filter (PUT /applications/{name}/eventFilter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an application first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the subscriptions to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the applications failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications: %1, read at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk does not know that source: check the id, or pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was not subscribed to it (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick or type the %1 to subscribe to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribing %1 to %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now hears of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribing %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer hears of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the event filter of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets every event type again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event filter of %1 is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::AudioClip</name>
    <message>
        <source>GSM recordings cannot be played in the console (download the file to listen to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV file holds codec %1 at %2 bits, which the console does not decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console does not decode the %1 format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recording is empty (no audio)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::AudioPlayer</name>
    <message>
        <source>No audio output device: the call cannot be played here (the level meter still shows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio output %1 takes no 16-bit mono sound at %2 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio output %1 could not be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::BridgeModel</name>
    <message>
        <source>Bridge / member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type / state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology / caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::BridgesView</name>
    <message>
        <source>&amp;New bridge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destroy bridge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge music on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping bridge music on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridges and their members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play to bridge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cord bridge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding to bridge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing from bridge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy bridge %1? Its members stay up, outside any bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroying bridge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;music on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop music on &amp;hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::CaptureWriter</name>
    <message>
        <source>Could not create the capture file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture stopped: could not write to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture&apos;s end could not be written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::ChannelActions</name>
    <message numerus="yes">
        <source>%n channels</source>
        <translation>
            <numerusform>%n channel</numerusform>
            <numerusform>%n channels</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the ringing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hang up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue in dialplan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the channel back to the dialplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect the channel to another endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the channel to another Stasis application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicate ringing to the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop indicating ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;DTMF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send DTMF digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the channel on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the channel off hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmu&amp;te…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start music on hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play music on hold to the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop music on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play silence to the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop playing silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play sounds, recordings, numbers, digits or tones to the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bridge selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a channel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media is not available in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record one channel at a time (or record their bridge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly two channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put both channels in a new mixing bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in dialplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty fields continue where the channel left the dialplan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example PJSIP/1001. Local channels cannot be redirected: Asterisk accepts and ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send DTMF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the channels to bridge %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::ChannelModel</name>
    <message>
        <source>● REC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RTP statistics for this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dialplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::ChannelsView</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, number or id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down / dialing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stasis only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only channels in a Stasis application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::CreateBridgeDialog</name>
    <message>
        <source>New bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mixing: the members talk to each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type=mixing: a conference or a two-party call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holding: the members wait, hearing music or an announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type=holding: a queue or a waiting room; members do not hear each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DTMF events: report the digits pressed by members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type=dtmf_events: ChannelDtmfReceived for bridged channels (audio may then be mixed rather than passed natively)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy media: keep the audio flowing through Asterisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type=proxy_media: no native (direct) media between the members, so recording and snooping always work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video SFU: forward every member&apos;s video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type=video_sfu: selective forwarding of all video streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. ops-conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: chosen by Asterisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed id (POST /bridges/{id}) lets scripts find the bridge; it must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow this bridge&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe the application %1 to the bridge: without it, the console does not hear when the bridge is destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection gets every event (subscribeAll): nothing to subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a mixing bridge: in a holding bridge the members do not exchange media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bridge with the id &quot;%1&quot; exists already: choose another id or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the bridge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following bridge %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the bridge failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id may be in use already, or the type not supported: choose another id, or fewer options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::DeviceMicrophone</name>
    <message>
        <source>No microphone: whisper and barge cannot be heard from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone %1 records no 16-bit mono sound at %2 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone %1 could not be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::DeviceStatesPanel</name>
    <message>
        <source>Device states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the device states again (GET /deviceStates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stasis:agent1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARI controls only devices named Stasis:&lt;name&gt;; the others follow their channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the device, e.g. Stasis:agent1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Stasis: device: Asterisk lets ARI change only Stasis:&lt;name&gt; devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the device&apos;s state (PUT /deviceStates/{name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a device first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the device states failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1 to %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete device state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the device state %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev&amp;ice:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::EndpointsPanel</name>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the endpoints again (GET /endpoints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Asterisk reports no endpoints (GET /endpoints is empty): it has no SIP or other registered endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the endpoints failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::EventLogModel</name>
    <message>
        <source>(unreadable: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::EventLogView</name>
    <message numerus="yes">
        <source>⏸ Paused: %n new event(s) since, %1 of them match</source>
        <translation type="vanished">
            <numerusform>⏸ Paused: %n new event since, %1 of them match</numerusform>
            <numerusform>⏸ Paused: %n new events since, %1 of them match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · arrived %2 · %n byte(s)</source>
        <translation>
            <numerusform>%1 · arrived %2 · %n byte</numerusform>
            <numerusform>%1 · arrived %2 · %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable frame(s) left out (they were not JSON).</source>
        <translation>
            <numerusform>%n unreadable frame left out (it was not JSON).</numerusform>
            <numerusform>%n unreadable frames left out (they were not JSON).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) held a credential and were written as REDACTED.</source>
        <translation>
            <numerusform>%n value held a credential and was written as REDACTED.</numerusform>
            <numerusform>%n values held a credential and were written as REDACTED.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the view still; events keep arriving and are counted (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events concerning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every channel and bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected channels (follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bridge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel or bridge id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events shown, as JSON Lines (one event a line, as Asterisk sent it) (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event types shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every box, then tick the types to see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected event as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oncerning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no channel selected: every event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a channel id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bridge id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n new event(s) since, %1 of them match</source>
        <translation>
            <numerusform>Paused: %n new event since, %1 of them match</numerusform>
            <numerusform>Paused: %n new events since, %1 of them match</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 events · the log keeps the newest %3 · %4 received since the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events of channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events of bridge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the event (indented)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the event (one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::InlineMessage</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::LevelMeter</name>
    <message>
        <source>Audio level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::ListenPanel</name>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear the selected call through this computer (Ctrl+L); nobody hears you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak to the agent only; the caller does not hear you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the call: both sides hear you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listening (Ctrl+Shift+L): every channel the console made for it is hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call audio level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n channel(s)</source>
        <translation>
            <numerusform>Removed %n channel</numerusform>
            <numerusform>Removed %n channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n bridge(s) left by an earlier listening session</source>
        <translation>
            <numerusform>and %n bridge left by an earlier listening session</numerusform>
            <numerusform>and %n bridges left by an earlier listening session</numerusform>
        </translation>
    </message>
    <message>
        <source>🗨 %1 is talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server to listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call in the table to listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening — press Listen to hear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(rings %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio goes to the supervisor&apos;s phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whisper to the agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::ListenSession</name>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the supervisor&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choosing a transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whispering to the agent on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barged into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening needs a Stasis application in the connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listening bridge could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be tapped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk gave no media WebSocket for the listening channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s RTP channel could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor&apos;s phone %1 could not be rung: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be joined to the console: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel %1 could not be hung up (%2); it will be removed at the next connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge %1 could not be destroyed (%2); it will be removed at the next connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor&apos;s phone hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s media channel was hung up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::LiveRecordingsView</name>
    <message>
        <source>Stop &amp;&amp; keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and keep the recording (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and throw the recording away (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the recording (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the paused recording (Shift+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record silence instead of the audio (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the audio again (Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recording &quot;%1&quot; and throw away what was recorded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a recording in progress first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running recording can be paused (this one is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a paused recording can be resumed (this one is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console already muted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) in progress</source>
        <translation>
            <numerusform>%n recording in progress</numerusform>
            <numerusform>%n recordings in progress</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Console::LogChannelsPanel</name>
    <message>
        <source>Log channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the log channels again (GET /asterisk/logging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New log channel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name, e.g. console-debug.log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>levels, e.g. notice,warning,error,verbose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;otate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a log channel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console log cannot be changed through ARI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the file and start a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop logging to this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new channel a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which levels it takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start logging these levels to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log channels failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new log channel needs a name and the levels it takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding log channel %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log channel %1 added (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete log channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop logging to %1 and remove the channel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting log channel %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log channel %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating log channel %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log channel %1 rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New channel:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::MailboxesPanel</name>
    <message>
        <source>Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the mailboxes again (GET /mailboxes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1000@default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the counts (PUT /mailboxes/{name}); a new name creates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the mailbox, e.g. 1000@default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a mailbox first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the mailboxes failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the mailbox, e.g. 1000@default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the counts of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the mailbox %1 and its counts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::MainWindow</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bridge(s)</source>
        <translation>
            <numerusform>%n bridge</numerusform>
            <numerusform>%n bridges</numerusform>
        </translation>
    </message>
    <message>
        <source>ARI Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Originate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the whole state from Asterisk again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;alls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARI Console — %1 (SIMULATED Asterisk, demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARI Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is read-only: actions that change Asterisk are disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new call (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ Connected to %1 — reading the current state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connected to %1 · synced %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ Reconnecting to %1 in %2 s (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Authentication failed for %1: check the user and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Certificate of %1 rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Disconnected from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · stale since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Asterisk restarted at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · SIMULATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Replay — %1 · read-only, nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting in %1 s — the list may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed — the list is not live. Check the profile&apos;s user and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was rejected — the list is not live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected — this is the last known state, not live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the current state from Asterisk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every shortcut of this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ARI Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 panel and move the keyboard focus into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::MediaController</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridge is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridge %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot play to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (choose another name, or &quot;overwrite&quot; or &quot;append&quot; if it exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Asterisk does not know this format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording %1 as &quot;%2&quot;: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it has already finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it is still queued behind another playback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording &quot;%1&quot; of %2 failed%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a channel in a bridge cannot be recorded: record the bridge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback of %1 on %2 failed (does the sound or recording exist?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::MediaPanels</name>
    <message>
        <source>Playing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live media</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::MediaStateDelegate</name>
    <message>
        <source>playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::ModulesPanel</name>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the module list again (GET /asterisk/modules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;oad…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pport level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a module first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload %1 (its configuration is read again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload %1 from Asterisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a module by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the modules failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload %1 on %2? It reads its configuration again; calls it serves may notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload %1 from %2? What it provides stops working until it is loaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module to load (e.g. app_echo.so):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1 into %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::OriginateDialog</name>
    <message>
        <source>Originate a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel did not enter the application &quot;%1&quot; within %2 s, so it was not dialed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the form from a recent call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PJSIP/1001 or Local/300@demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint to call: technology/resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into an &amp;application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the endpoint answers, the call enters a Stasis application (POST /channels with app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the &amp;dialplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the endpoint answers, the call continues at a context, extension and priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create, then dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the channel in an application first (POST /channels/create), then dial it: the application controls it before it rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argu&amp;ments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conte&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exte&amp;nsion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or &amp;label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &quot;Operator&quot; &lt;1000&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced: ids, formats, variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by Asterisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other channel id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local channels only: the ;2 half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originator channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel this call is made for: the new channel takes its formats and links to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ulaw,slin16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Othe&amp;r channel id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ori&amp;ginator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Originate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call enters the application when the endpoint answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call continues in the dialplan when the endpoint answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel is created in the application, which then dials it: the application holds it before it rings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used when the call goes into an application (mutually exclusive with app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used when the call goes into the dialplan (mutually exclusive with context, extension, priority and label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Stasis application that gets the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments passed to the application with StasisStart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context to continue in; &quot;default&quot; when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension to continue at when the endpoint answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A priority label; it supersedes the priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority to continue at; 1 when not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; supersedes the priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller ID shown to the called endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/channels/create takes no caller ID: set CALLERID(all) in the variables instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the dial rings before giving up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to ring before giving up (30 s by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formats the new channel offers when there is no originator, e.g. ulaw,slin16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new channel takes the originator&apos;s formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a recent call to repeat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the endpoint to call, e.g. PJSIP/1001 or Local/300@demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an endpoint: write technology/resource, e.g. PJSIP/1001 or Local/300@demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the application that gets the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the extension the call continues at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable %1 is set twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two channel ids must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk could not create a channel for &quot;%1&quot;: check the technology (PJSIP/, Local/, ...) and that the endpoint exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel with that id exists already: choose another id or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer: the call may or may not have been placed; check the channel list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originate failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the channel for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the channel failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the channel to enter %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel ended (%1) before it could be dialed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cause given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel ended before it could be dialed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialing failed (the created channel was hung up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to %1 ended at once (%2): check the endpoint, context and extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone within half a second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::PlayDialog</name>
    <message>
        <source>&amp;Add to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Play to %n targets: %1</source>
        <translation>
            <numerusform>Play to %n target: %1</numerusform>
            <numerusform>Play to %n targets: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind of media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number (said as words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits (one by one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters (spelt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick or type a recording name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1234 (said &quot;one thousand two hundred thirty four&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5678 (said &quot;five six seven eight&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. abc (spelt &quot;a b c&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tone of indications.conf, or frequencies such as 440+480/2000,0/4000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the channel&apos;s zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme:resource, e.g. sound:en/hello-world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media to play, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the channel&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start offset in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip step in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (3000 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; Asterisk picks one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One playback id cannot name playbacks on several targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the sounds by name or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound catalogue is empty or not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick or type a valid value first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something to play first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to play yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will play: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::PlaybacksView</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the playback (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the paused playback (Shift+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play it again from the start (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip back by the skip step (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward ▶▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip forward by the skip step (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the playback (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter playbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected calls only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only what plays to the calls selected in the channel table, and their bridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live playbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a playback first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a playing playback can be paused (this one is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a paused playback can be resumed (this one is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A queued playback cannot be controlled until it starts; it can be stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n playing</source>
        <translation>
            <numerusform>%n playing</numerusform>
            <numerusform>%n playing</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::Profile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must name a server, e.g. http://127.0.0.1:8088.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs an ARI user (ari.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned fingerprint must be a SHA-256 digest: 32 bytes in hex, e.g. AB:CD:...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS settings need an https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::ProfileDialog</name>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this profile and its saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lab, production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:8088</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Asterisk HTTP server (http.conf), without /ari; use https:// for TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARI user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user from ari.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Stasis application this console registers. Two consoles with the same application name replace each other: the first one stops getting events. The default, %1, is unique to you on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &amp;every call (subscribe to all events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show calls that never enter the console&apos;s application, e.g. calls that stay in the dialplan (subscribeAll=true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-&amp;only: watch, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action that changes Asterisk is disabled for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: listen through this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint such as PJSIP/supervisor: Listen, Whisper and Barge ring this phone and bridge it with the call, instead of playing the call through this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTP port for listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UDP port Asterisk sends a call&apos;s audio to when it has no WebSocket media (chan_websocket). Set a fixed one and open it in the firewall when Asterisk is remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;at startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one profile connects at startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (https:// only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a PEM file, for a private CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: AB:CD:…, only this certificate is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect once and show the certificate the server presents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust t&amp;his certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin this fingerprint: from now on only this certificate is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pinned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read /asterisk/info with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;ication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor p&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTP &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password saved for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available: the password will be asked for each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 and its saved password were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an https:// server has a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user and password (ari.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;Show fingerprint&quot; to see the certificate, or give the CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: Asterisk %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an https:// server has a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the certificate of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server presents a certificate with the SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the pinned one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the one your Asterisk administrator gives you before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate could be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate could be read: the server did not answer within 8 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned: only the certificate with this fingerprint is accepted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::ProfileStore</name>
    <message>
        <source>No keychain (Secret Service) is available: the password will be asked for each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access: the password will be asked for each time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available: the password will be asked for each time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::RecordDialog</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s format modules are not known: common formats are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n format(s) from the server&apos;s loaded format modules.</source>
        <translation>
            <numerusform>%n format from the server&apos;s loaded format modules.</numerusform>
            <numerusform>%n formats from the server&apos;s loaded format modules.</numerusform>
        </translation>
    </message>
    <message>
        <source>Maximum duration in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum silence in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off (no silence detection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops after this much silence; Asterisk then also reports talking and silence time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the name exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail: refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>append to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a beep first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTMF that stops the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum &amp;duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum &amp;silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the name &amp;exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop on DTMF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the recording a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot climb out of the recordings folder (&quot;..&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is being recorded right now: Asterisk refuses a second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored recording is called &quot;%1&quot;: Asterisk will refuse unless you choose overwrite or append.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored recording &quot;%1&quot; will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new audio will be added to the end of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel is in bridge %1: Asterisk accepts, then fails the recording at once. Record the bridge instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::RecordingCatalog</name>
    <message>
        <source>Asterisk does not list durations and sizes: listen to or download the recording to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), downloaded to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::RecordingPlayer</name>
    <message>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level at the playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording loaded: pick one and press Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No waveform for the %1 format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4 Hz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output is available on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output is available on this computer: the recording is loaded and its waveform shown, but it cannot be heard here. Download it to play it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Ctrl+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to play on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio output could not be opened (is it in use?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio output stopped working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing stopped: the audio output reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::RecordingsBrowser</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ &amp;Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download to the cache and play it here (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recording&apos;s file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it to a new name (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it from Asterisk (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play on selected &amp;call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play it to the calls selected in the channel table (Ctrl+P); or drag it onto a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the list from Asterisk again (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recording %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &quot;%1&quot; to the name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stored recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n recording</numerusform>
            <numerusform>%n recordings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a recording first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A download is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call in the channel table first (or drag the recording onto it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Asterisk has no recording &quot;%2&quot; any more (404 %3). It is gone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a recording called &quot;%2&quot; already exists (409 %3). Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Asterisk could not open the file of &quot;%2&quot; (403 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1 to listen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download of &quot;%1&quot; cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the recording &quot;%1&quot; from Asterisk? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::ReplayBar</name>
    <message>
        <source>Play or pause the replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step ▸|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the next event only (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1× (as captured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 of %3 · %4 s of %5 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::ServerScope</name>
    <message>
        <source>Servers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every server&apos;s rows with a Server column, or one server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::ServerSession</name>
    <message>
        <source>Asterisk sent something unreadable (%1); it was logged and skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2. Reconnecting; the list may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::ServerTagProxy</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::ServerWorkspace</name>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write everything the console receives from every server to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures (*.jsonl.gz *.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ca&amp;pture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay a captured session in a read-only window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 — %3 · %n call(s)</source>
        <translation>
            <numerusform>%1 %2 — %3 · %n call</numerusform>
            <numerusform>%1 %2 — %3 · %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop &amp;capture (%n line(s))</source>
        <translation>
            <numerusform>Stop &amp;capture (%n line)</numerusform>
            <numerusform>Stop &amp;capture (%n lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>Capturing every server to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Capture saved: %1 (%n line(s))</source>
        <translation>
            <numerusform>Capture saved: %1 (%n line)</numerusform>
            <numerusform>Capture saved: %1 (%n lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the capture %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replayed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) could not be read and were skipped (first: %2)</source>
        <translation>
            <numerusform>%1: %n line could not be read and were skipped (first: %2)</numerusform>
            <numerusform>%1: %n lines could not be read and were skipped (first: %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Console::ShortcutsDialog</name>
    <message numerus="yes">
        <source>%n shortcut(s)</source>
        <translation>
            <numerusform>%n shortcut</numerusform>
            <numerusform>%n shortcuts</numerusform>
        </translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fire: the shortcut works only inside a view, and the action was added to none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same keys as “%1”: Qt fires neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action, keys or menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::SoundsBrowser</name>
    <message>
        <source>▶ Play on selected &amp;call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the sound to the calls selected in the channel table (Enter); or drag it onto a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play on selected &amp;bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the sound to the bridge selected in the bridges view (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Play dialog with this sound listed, to add more or set options (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search id and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Asterisk for the sounds in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Asterisk lists %n sound(s) in %1.</source>
        <translation>
            <numerusform>Asterisk lists %n sound in %1.</numerusform>
            <numerusform>Asterisk lists %n sounds in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asterisk has no sounds in %1 (404 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk could not be asked (%1): the list is filtered here only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sound(s)</source>
        <translation>
            <numerusform>%n sound</numerusform>
            <numerusform>%n sounds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sound first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call in the channel table first (or drag the sound onto it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a bridge in the bridges view first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call or a bridge first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::StateStyle</name>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::Store</name>
    <message>
        <source>Another client took over the application &quot;%1&quot;: this console no longer receives its events. Give each console its own application name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk restarted at %1: every call and bridge from before the restart is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::SyncEngine</name>
    <message>
        <source>Could not read the current state from Asterisk (%1); trying again in %2 s. The list may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::SystemView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every &amp;5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read /asterisk/info again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Asterisk for a pong and time the round trip (GET /asterisk/ping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping every 5 seconds while this is ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most open files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user that started it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never reloaded since it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading /asterisk/info failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ no pong at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● %1 in %2 ms at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last %n: min %1, avg %2, max %3 ms</source>
        <translation>
            <numerusform>last %n: min %1, avg %2, max %3 ms</numerusform>
            <numerusform>last %n: min %1, avg %2, max %3 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Asterisk&apos;s clock: %1; its id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::TimelineCanvas</name>
    <message>
        <source>Call timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call in the channel table, or a recently ended one above, to see what happened to it step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::TimelineModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::TimelineView</name>
    <message>
        <source>Call timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently ended calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls that ended recently: pick one to see its timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep ended calls for (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an ended call&apos;s timeline stays available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw event of the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a step to see the event Asterisk sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event: the connection was down from %1 to %2, so events may have been missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · ended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 · %n step(s)</source>
        <translation>
            <numerusform>%1 — %2 · %n step</numerusform>
            <numerusform>%1 — %2 · %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Console::ToastArea</name>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::VariableHistoryModel</name>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ %1, changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::VariableInspector</name>
    <message numerus="yes">
        <source>Bridge %1 · %2 · %n member(s)</source>
        <translation>
            <numerusform>Bridge %1 · %2 · %n member</numerusform>
            <numerusform>Bridge %1 · %2 · %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) set on %1.</source>
        <translation>
            <numerusform>%n variable set on %1.</numerusform>
            <numerusform>%n variables set on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %1 of %2 every %n s.</source>
        <translation>
            <numerusform>Watching %1 of %2 every %n s.</numerusform>
            <numerusform>Watching %1 of %2 every %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Variable inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read variables of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel or bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a channel id, or pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the channel selected in the channel table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable or function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a variable, or a function like CHANNEL(state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel variable (MYVAR) or a dialplan function (CHANNEL(state), CDR(duration)…); Enter reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every preset at once (one multi-get where the server has it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read this variable at the interval and show its changes over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new value (Enter sets it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the values read so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a watch to see its values over time in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables reported by Asterisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables Asterisk reported through ChannelVarset, with when they were seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the variable again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bridge id, or pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a channel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bridge first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The global variables of %1 (GET and POST /asterisk/variable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a channel in the channel table, or pick one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel %1 is not in the list; Asterisk will say whether it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Stasis application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the dialplan at %1,%2,%3%4: reading only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge %1 is not in the list; Asterisk will say whether it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a bridge first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the variable to this value (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set several variables at once (one multi-set where the server has it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Setting is not possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ChannelVarset seen for this channel yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the channel reported through ChannelVarset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridge&apos;s variables as its last snapshot or event gave them (bridgevars). Asterisk sends no event when a bridge variable changes: read it to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No global ChannelVarset seen since connecting (Asterisk reports a global variable as ChannelVarset without a channel, to applications that hear of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global variables reported through ChannelVarset since connecting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a variable or pick a preset to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a bridge to read from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a channel to read from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not set on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped watching %1: %2 is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 of %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the variable to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1 on %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; set on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set several variables on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent in one request (multi-set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no multi-set: they are sent one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice: give each variable once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to watch: a target and a variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watches (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get all &amp;presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set s&amp;everal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes o&amp;nly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Va&amp;riable:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::VariablesEditor</name>
    <message>
        <source>Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel variables set on creation, e.g. CALLERID(name) or a dialplan variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected variables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console::WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waveform of %n ms of audio</source>
        <translation>
            <numerusform>Waveform of %n ms of audio</numerusform>
            <numerusform>Waveform of %n ms of audio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleApp</name>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulator on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogExport</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HangupCause</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route to destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal clearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal, unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congestion (no circuit available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching equipment congestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer capability not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery on timer expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interworking, unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>ARI Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveRecordingsView</name>
    <message>
        <source>%1 · muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted by the console since the recording started; Asterisk reports the duration when it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk reports talking and silence time only with a maximum silence set, when the recording ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginateDialog</name>
    <message>
        <source>%1 → dialplan %2@%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → create and dial into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → app %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybacksView</name>
    <message>
        <source>bridge %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call quality: %1
Jitter: %2 ms (good below %3 ms, poor from %4 ms)
Packet loss: %5 % (good below %6 %, poor from %7 %)
Round trip: %8 (good below %9 ms)
From %10 at %11</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerWorkspace</name>
    <message>
        <source>reading the state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay: this is a captured session, nothing can be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dialplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stasis start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stasis end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridge enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridge leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hangup request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hangup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (details no longer kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events may be missing: not synced for %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events may be missing: not synced for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>An operator console for Asterisk over ARI: watch live calls, originate, bridge, hang up, play, record, and browse recordings and sounds.

Without options it opens the connection profiles (passwords live in the desktop keychain). With --url it connects to that server; with --demo to a simulated Asterisk inside the program; with --headless it prints the server&apos;s state as JSON and exits.

Environment: ARI_PASSWORD holds the password for --url (or use --password-file).
Exit status: 0 on success, 1 when the window or the connection fails, 2 for unusable options; with --headless also 3 when the server refuses the user or password, 4 when its TLS certificate is not trusted, 5 when it does not sync in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to this Asterisk HTTP server, e.g. http://127.0.0.1:8088 (https:// for TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ARI user name (ari.conf), with --url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the ARI password from this file (the environment variable ARI_PASSWORD works too; a password on the command line would show in the process list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Stasis application name(s) to register, comma separated (default console-$USER-$HOSTNAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to all events, so dialplan-only calls show too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file as well as the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept only the server certificate with this SHA-256 fingerprint (hex digits; colons are ignored), e.g. for a self-signed one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run without a window: connect, sync, and print the state as JSON (see --dump-after).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --headless: print the state after this many seconds of events, then exit (default 0: right after the sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open against a built-in simulated Asterisk with demo traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay a captured session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dump-after needs a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url must be an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the password file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colours for this run: system (the desktop&apos;s), light or dark (default: the one last chosen in View &gt; Appearance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--palette must be system, light or dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
