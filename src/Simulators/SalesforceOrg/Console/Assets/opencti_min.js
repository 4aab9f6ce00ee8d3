// Simulated Open CTI for Lightning (sforce.opencti), loaded by the softphone inside the simulated console's iframe. Every method
// takes one object {..., callback} and answers {success, returnValue, errors}, as the org's opencti_min.js does; the console page
// (our parent) does the work. Messages are exchanged only with the parent window at this script's own origin.
(() => {
    const script = document.currentScript;
    const consoleOrigin = new URL(script.src).origin;
    const pending = new Map();
    const listeners = { clickToDial: null, navigationChange: null };
    const channels = new Map();
    let next = 1;

    function plain(args) {
        // Functions (callback, listener) stay here; only data crosses to the console.
        return JSON.parse(JSON.stringify(args || {}, (key, value) => (typeof value === 'function' ? undefined : value)));
    }

    function post(method, args, callback) {
        const id = next++;
        if (typeof callback === 'function') pending.set(id, callback);
        window.parent.postMessage({ source: 'sfsim-opencti', id, method, args: plain(args) }, consoleOrigin);
    }

    window.addEventListener('message', event => {
        if (event.origin !== consoleOrigin || event.source !== window.parent) return;
        const message = event.data;
        if (!message || typeof message !== 'object' || message.source !== 'sfsim-console') return;
        if (typeof message.id === 'number') {
            const callback = pending.get(message.id);
            pending.delete(message.id);
            if (callback) callback(message.response);
        } else if (message.event === 'clickToDial' && listeners.clickToDial) {
            listeners.clickToDial(message.payload);
        } else if (message.event === 'navigationChange' && listeners.navigationChange) {
            listeners.navigationChange(message.payload);
        } else if (message.event === 'lms' && channels.has(message.channelName)) {
            channels.get(message.channelName).forEach(listener => listener(message.message));
        }
    });

    const method = name => (options = {}) => {
        const { callback, ...args } = options;
        post(name, args, callback);
    };

    window.sforce = window.sforce || {};
    window.sforce.opencti = {
        CALL_TYPE: { INBOUND: 'inbound', OUTBOUND: 'outbound', INTERNAL: 'internal' },
        SCREENPOP_TYPE: {
            SOBJECT: 'sobject', URL: 'url', OBJECTHOME: 'objecthome', LIST: 'list', SEARCH: 'search', NEW_RECORD_MODAL: 'newrecord', FLOW: 'flow',
        },
        notifyInitializationComplete: method('notifyInitializationComplete'),
        enableClickToDial: method('enableClickToDial'),
        disableClickToDial: method('disableClickToDial'),
        screenPop: method('screenPop'),
        searchAndScreenPop: method('searchAndScreenPop'),
        setSoftphonePanelVisibility: method('setSoftphonePanelVisibility'),
        isSoftphonePanelVisible: method('isSoftphonePanelVisible'),
        getAppViewInfo: method('getAppViewInfo'),
        refreshView: method('refreshView'),
        saveLog: method('saveLog'),
        publish: method('publish'),
        onClickToDial: ({ listener, callback } = {}) => {
            listeners.clickToDial = typeof listener === 'function' ? listener : null;
            post('onClickToDial', {}, callback);
        },
        onNavigationChange: ({ listener, callback } = {}) => {
            listeners.navigationChange = typeof listener === 'function' ? listener : null;
            post('onNavigationChange', {}, callback);
        },
        subscribe: ({ channelName, listener, callback } = {}) => {
            if (typeof listener === 'function' && typeof channelName === 'string') {
                if (!channels.has(channelName)) channels.set(channelName, []);
                channels.get(channelName).push(listener);
            }
            post('subscribe', { channelName }, callback);
        },
        unsubscribe: ({ channelName, callback } = {}) => {
            channels.delete(channelName);
            post('unsubscribe', { channelName }, callback);
        },
    };
})();
