// The softphone's only door to Salesforce's Open CTI (sforce.opencti, from the org's opencti_min.js) and, through it, to the
// Lightning Message Service channel of our utility-bar component. Blazor (OpenCtiBridge.razor) imports this module; everything
// Salesforce hands us is reduced here to plain, checked fields before it reaches .NET, which checks it again.

const salesforceId = /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/;
const objectName = /^[A-Za-z][A-Za-z0-9_]{0,79}$/;
const callTimeoutMs = 10000;

let dotnet = null;
let channel = null;

const id = value => (typeof value === 'string' && salesforceId.test(value) ? value : null);
// A presence status id, or Offline: the bridge logs the agent out of Omni-Channel.
const presence = value => (value === 'Offline' ? value : id(value));
const text = (value, max) => (typeof value === 'string' && value.length <= max ? value : null);
const type = value => (typeof value === 'string' && objectName.test(value) ? value : null);
const api = () => (window.sforce && window.sforce.opencti) || null;

function failure(message) {
    return { success: false, errors: [String(message)] };
}

// Every Open CTI method takes one object with a callback answering {success, returnValue, errors}.
function call(method, args) {
    return new Promise(resolve => {
        const opencti = api();
        if (!opencti || typeof opencti[method] !== 'function') {
            resolve(failure(`Open CTI has no ${method}`));
            return;
        }
        const timer = setTimeout(() => resolve(failure(`${method} did not answer`)), callTimeoutMs);
        try {
            opencti[method]({
                ...args,
                callback: response => {
                    clearTimeout(timer);
                    const ok = !!(response && response.success === true);
                    const errors = response && Array.isArray(response.errors) ? response.errors.map(e => (typeof e === 'string' ? e : JSON.stringify(e)).slice(0, 500)) : [];
                    resolve({ success: ok, errors });
                },
            });
        } catch (e) {
            clearTimeout(timer);
            resolve(failure(e && e.message ? e.message : e));
        }
    });
}

function loadScript(url) {
    return new Promise(resolve => {
        if (api()) {
            resolve(true);
            return;
        }
        const script = document.createElement('script');
        script.src = url;
        script.async = true;
        script.onload = () => resolve(!!api());
        script.onerror = () => resolve(false);
        document.head.appendChild(script);
    });
}

function notify(method, payload) {
    if (dotnet) {
        dotnet.invokeMethodAsync(method, payload).catch(() => { /* the circuit is gone */ });
    }
}

function recordOf(payload) {
    return {
        recordId: id(payload.recordId),
        recordName: text(payload.recordName, 255),
        objectType: type(payload.objectType),
        personAccount: payload.personAccount === true,
        contactId: id(payload.contactId),
    };
}

/** Loads opencti_min.js, tells Salesforce the softphone is ready, and listens to click-to-dial, navigation and our LMS channel. */
export async function start(reference, options) {
    dotnet = reference;
    channel = typeof options.channel === 'string' ? options.channel : null;
    if (!options.scriptUrl || !(await loadScript(options.scriptUrl))) {
        return failure('opencti_min.js did not load');
    }

    const init = await call('notifyInitializationComplete', {});
    if (!init.success) {
        return init;
    }

    await call('onClickToDial', {
        listener: payload => {
            if (!payload || typeof payload !== 'object') return;
            const number = text(payload.number, 64);
            if (number) notify('OnClickToDial', { number, ...recordOf(payload) });
        },
    });
    await call('onNavigationChange', {
        listener: payload => {
            if (!payload || typeof payload !== 'object') return;
            const record = recordOf(payload);
            if (record.recordId) notify('OnNavigation', record);
        },
    });
    const dial = await call('enableClickToDial', {});
    if (channel) {
        await call('subscribe', {
            channelName: channel,
            listener: message => {
                if (!message || typeof message !== 'object') return;
                if (message.type !== 'presenceApplied' && message.type !== 'presenceFailed') return; // our own setPresence comes back too
                notify('OnOmniMessage', {
                    type: message.type,
                    requestId: text(message.requestId, 64),
                    statusId: presence(message.statusId),
                    message: text(message.message, 500),
                });
            },
        });
    }
    document.documentElement.dataset.opencti = 'ready';
    return dial;
}

/** screenPop or searchAndScreenPop; type names (SOBJECT, INBOUND…) are resolved through Open CTI's own enums. */
export function pop(method, args) {
    if (method !== 'screenPop' && method !== 'searchAndScreenPop') {
        return Promise.resolve(failure(`not a pop: ${method}`));
    }
    const opencti = api();
    const resolved = { ...args };
    if (resolved.type && opencti && opencti.SCREENPOP_TYPE && opencti.SCREENPOP_TYPE[resolved.type]) {
        resolved.type = opencti.SCREENPOP_TYPE[resolved.type];
    }
    if (resolved.callType && opencti && opencti.CALL_TYPE && opencti.CALL_TYPE[resolved.callType]) {
        resolved.callType = opencti.CALL_TYPE[resolved.callType];
    }
    return call(method, resolved);
}

const poppedKey = 'pureconnect.opencti.popped';

/**
 * True the first time it is asked for an interaction in this tab: the pop is remembered in session storage, so reloading the softphone
 * during a call does not pop the record again. Without session storage (a browser that blocks it in frames) every call says true.
 */
export function claimPop(key) {
    if (typeof key !== 'string' || key.length === 0 || key.length > 200) return false;
    try {
        const stored = JSON.parse(window.sessionStorage.getItem(poppedKey) || '[]');
        const popped = Array.isArray(stored) ? stored.filter(k => typeof k === 'string') : [];
        if (popped.includes(key)) return false;
        popped.push(key);
        window.sessionStorage.setItem(poppedKey, JSON.stringify(popped.slice(-200)));
    } catch {
        // No session storage: pop, as before a reload.
    }
    return true;
}

export function setPanelVisible(visible) {
    return call('setSoftphonePanelVisibility', { visible: visible === true });
}

/** Asks our utility-bar component to set the Omni-Channel presence (it answers presenceApplied or presenceFailed on the channel). */
export function publishPresence(requestId, statusId) {
    if (!channel || !text(requestId, 64) || !presence(statusId)) {
        return Promise.resolve(failure('no channel or a malformed request'));
    }
    return call('publish', { channelName: channel, message: { type: 'setPresence', requestId, statusId } });
}

export function stop() {
    dotnet = null;
}
