({
    // A message on PureConnectOmni__c: only well-formed setPresence requests are applied (our own answers come back here too).
    onMessage: function (component, message, helper) {
        var request = helper.requestOf(message);
        if (request) {
            helper.apply(component, request);
        }
    }
});
