({
    SALESFORCE_ID: /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/,
    // Not a presence status: the request logs the agent out of Omni-Channel.
    OFFLINE: 'Offline',

    requestOf: function (message) {
        var type = message.getParam('type');
        var requestId = message.getParam('requestId');
        var statusId = message.getParam('statusId');
        if (type !== 'setPresence' || typeof requestId !== 'string' || requestId.length === 0 || requestId.length > 64
            || typeof statusId !== 'string' || !(statusId === this.OFFLINE || this.SALESFORCE_ID.test(statusId))) {
            return null;
        }
        return { requestId: requestId, statusId: statusId };
    },

    apply: function (component, request) {
        var channel = component.find('pureConnectOmni');
        var toolkit = component.find('omniToolkit');
        var applied = request.statusId === this.OFFLINE
            ? toolkit.logout().then(function () { return { statusId: 'Offline', statusName: 'Offline', statusApiName: 'Offline' }; })
            : toolkit.setServicePresenceStatus({ statusId: request.statusId });
        applied
            .then(function (result) {
                component.set('v.lastStatus', result.statusName || '');
                channel.publish({ type: 'presenceApplied', requestId: request.requestId, statusId: result.statusId, statusApiName: result.statusApiName });
            })
            .catch(function (error) {
                var text = error && error.message ? error.message : String(error);
                channel.publish({ type: 'presenceFailed', requestId: request.requestId, message: text.substring(0, 500) });
            });
    }
});
