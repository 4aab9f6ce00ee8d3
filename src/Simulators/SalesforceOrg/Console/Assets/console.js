// The simulated Lightning console: the agent's records (click a phone number to dial, a name to open the record), the softphone in
// the utility bar's iframe with Open CTI answered here, a fake of our Omni-Channel utility-bar component on the Lightning message
// channel, the Omni-Channel presence, and a log of everything the softphone asked (data-testid="console-event").
(() => {
    const config = JSON.parse(document.getElementById('console-config').textContent);
    const frame = document.getElementById('softphone');
    const softphoneOrigin = config.softphoneUrl ? new URL(config.softphoneUrl).origin : null;
    const log = document.getElementById('console-log');
    const state = { clickToDial: false, listeners: { clickToDial: false, navigationChange: false }, subscribed: new Set(), panelVisible: true, current: null };
    const popTypes = { sobject: 'SOBJECT', url: 'URL', objecthome: 'OBJECTHOME', list: 'LIST', search: 'SEARCH', newrecord: 'NEW_RECORD_MODAL', flow: 'FLOW' };
    const salesforceId = /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/;
    let records = config.records;

    const ok = returnValue => ({ success: true, returnValue: returnValue === undefined ? null : returnValue, errors: null });
    const fail = message => ({ success: false, returnValue: null, errors: [{ description: message }] });
    const same = (a, b) => typeof a === 'string' && typeof b === 'string' && a.length >= 15 && b.length >= 15 && a.slice(0, 15) === b.slice(0, 15);

    function record(kind, data, text) {
        const item = document.createElement('li');
        item.setAttribute('data-testid', 'console-event');
        item.dataset.kind = kind;
        for (const [key, value] of Object.entries(data || {})) item.setAttribute('data-' + key, String(value));
        item.textContent = `${kind}: ${text || ''}`;
        log.appendChild(item);
    }

    function send(message) {
        if (softphoneOrigin && frame.contentWindow) frame.contentWindow.postMessage({ source: 'sfsim-console', ...message }, softphoneOrigin);
    }

    async function reloadRecords() {
        const response = await fetch(`/console/${encodeURIComponent(config.userId)}/records`);
        if (response.ok) {
            records = await response.json();
            renderRecords();
        }
    }

    function payloadOf(r) {
        const payload = { url: `/lightning/r/${r.type}/${r.id}/view`, recordId: r.id, recordName: r.name, objectType: r.type };
        if (r.type === 'Contact' && r.accountId) payload.accountId = r.accountId;
        return payload;
    }

    function navigate(r) {
        state.current = r;
        const current = document.getElementById('current-record');
        current.dataset.recordId = r.id;
        current.dataset.objectType = r.type;
        current.textContent = `${r.type}: ${r.name}`;
        record('navigation', { 'record-id': r.id }, r.name);
        if (state.listeners.navigationChange) send({ event: 'navigationChange', payload: payloadOf(r) });
    }

    function dial(r, number) {
        if (!state.clickToDial || !state.listeners.clickToDial) {
            record('clickToDialIgnored', { number }, 'click-to-dial is not enabled');
            return;
        }
        record('clickToDial', { number, 'record-id': r.id }, `${number} on ${r.name}`);
        send({ event: 'clickToDial', payload: { number, ...payloadOf(r), params: '' } });
    }

    function renderRecords() {
        const list = document.getElementById('records');
        list.replaceChildren();
        for (const r of records) {
            const item = document.createElement('li');
            item.setAttribute('data-testid', 'record');
            item.dataset.recordId = r.id;
            const open = document.createElement('a');
            open.href = '#';
            open.setAttribute('data-testid', 'open-record');
            open.textContent = r.name;
            open.onclick = e => { e.preventDefault(); navigate(r); };
            item.append(`${r.type} `, open);
            for (const phone of [r.phone, r.mobilePhone].filter(Boolean)) {
                const link = document.createElement('a');
                link.href = '#';
                link.setAttribute('data-testid', 'click-to-dial');
                link.dataset.number = phone;
                link.textContent = phone;
                link.onclick = e => { e.preventDefault(); dial(r, phone); };
                item.append(' ', link);
            }
            list.appendChild(item);
        }
    }

    async function search(text) {
        const response = await fetch(`/console/${encodeURIComponent(config.userId)}/search?q=${encodeURIComponent(text)}`);
        return response.ok ? response.json() : [];
    }

    function lms(channelName, message) {
        if (state.subscribed.has(channelName)) send({ event: 'lms', channelName, message });
        if (channelName === config.channel) omniComponent(message);
    }

    // The fake of our utility-bar component (salesforce/ in the repository): applies a presence request with the Omni-Channel
    // toolkit (here: the simulator's console presence) and publishes the outcome back on the channel.
    async function omniComponent(message) {
        if (!config.toolkit || !message || message.type !== 'setPresence') return;
        const offline = message.statusId === 'Offline';
        if (typeof message.requestId !== 'string' || message.requestId.length > 64 || !(offline || salesforceId.test(message.statusId || ''))) return;
        record('omniToolkit', { 'status-id': message.statusId, 'request-id': message.requestId }, offline ? 'logout' : 'setServicePresenceStatus');
        const user = encodeURIComponent(config.userId);
        const response = offline
            ? await fetch(`/console/${user}/omni/logout`, { method: 'POST' })
            : await fetch(`/console/${user}/omni/status`, {
                method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ statusId: message.statusId }),
            });
        const body = offline ? { statusId: 'Offline' } : await response.json().catch(() => ({}));
        lms(config.channel, response.ok
            ? { type: 'presenceApplied', requestId: message.requestId, statusId: body.statusId, statusApiName: body.statusApiName }
            : { type: 'presenceFailed', requestId: message.requestId, message: (Array.isArray(body) && body[0] && body[0].message) || `HTTP ${response.status}` });
    }

    const methods = {
        notifyInitializationComplete: () => { document.body.dataset.softphoneInitialized = 'true'; record('initialized', {}, ''); return ok(); },
        enableClickToDial: () => { state.clickToDial = true; document.body.dataset.clickToDial = 'enabled'; return ok(); },
        disableClickToDial: () => { state.clickToDial = false; document.body.dataset.clickToDial = 'disabled'; return ok(); },
        onClickToDial: () => { state.listeners.clickToDial = true; return ok(); },
        onNavigationChange: () => { state.listeners.navigationChange = true; return ok(); },
        getAppViewInfo: () => ok(state.current ? payloadOf(state.current) : { url: '/lightning/page/home' }),
        refreshView: () => ok(),
        saveLog: () => fail('saveLog is not used by this softphone: the server writes the call logs'),
        isSoftphonePanelVisible: () => ok({ visible: state.panelVisible }),
        setSoftphonePanelVisibility: args => {
            if (typeof args.visible !== 'boolean') return fail('visible must be true or false');
            state.panelVisible = args.visible;
            document.getElementById('utility').dataset.visible = String(args.visible);
            record('panel', { visible: args.visible }, args.visible ? 'shown' : 'minimised');
            return ok();
        },
        screenPop: args => {
            const type = popTypes[args.type];
            const params = args.params || {};
            if (type === 'SOBJECT') {
                const r = records.find(x => same(x.id, params.recordId));
                if (!r) return fail(`No record ${params.recordId}`);
                record('screenPop', { type, 'record-id': r.id }, r.name);
                navigate(r);
                return ok();
            }
            if (type === 'SEARCH' && !(typeof params.searchString === 'string' && params.searchString.length >= 3)) return fail('searchString needs 3 characters');
            if (!type) return fail(`Unknown screen pop type ${args.type}`);
            record('screenPop', { type }, JSON.stringify(params));
            return ok();
        },
        searchAndScreenPop: async args => {
            if (typeof args.searchParams !== 'string' || !args.callType) return fail('searchParams and callType are required');
            const matches = await search(args.searchParams);
            const returnValue = {};
            for (const m of matches) returnValue[m.id] = { Id: m.id, Name: m.name, RecordType: m.type };
            if (!args.deferred && args.callType === 'inbound') {
                // The softphone layout of the simulated org: single match -> record, several -> search, none -> new Contact.
                const outcome = matches.length === 1 ? 'record' : matches.length > 1 ? 'search' : 'newRecord';
                record('searchAndScreenPop', { matches: matches.length, outcome, 'record-id': matches.length === 1 ? matches[0].id : '' }, args.searchParams);
                if (matches.length === 1) navigate(records.find(x => x.id === matches[0].id) || matches[0]);
            }
            return ok(returnValue);
        },
        publish: args => {
            if (typeof args.channelName !== 'string' || !args.message || typeof args.message !== 'object') return fail('channelName and message are required');
            record('publish', { channel: args.channelName, type: args.message.type || '', 'request-id': args.message.requestId || '' }, JSON.stringify(args.message));
            setTimeout(() => lms(args.channelName, args.message), 0);
            return ok(true);
        },
        subscribe: args => {
            if (typeof args.channelName !== 'string') return fail('channelName is required');
            state.subscribed.add(args.channelName);
            record('subscribe', { channel: args.channelName }, '');
            return ok({ channelName: args.channelName });
        },
        unsubscribe: args => { state.subscribed.delete(args.channelName); return ok(); },
    };

    window.addEventListener('message', async event => {
        // Only the framed softphone, at the adapter URL's origin, may talk to the console.
        if (!softphoneOrigin || event.origin !== softphoneOrigin || event.source !== frame.contentWindow) return;
        const message = event.data;
        if (!message || typeof message !== 'object' || message.source !== 'sfsim-opencti' || typeof message.id !== 'number' || typeof message.method !== 'string') return;
        const handler = Object.prototype.hasOwnProperty.call(methods, message.method) ? methods[message.method] : null;
        const args = message.args && typeof message.args === 'object' ? message.args : {};
        let response;
        try {
            response = handler ? await handler(args) : fail(`Unsupported method ${message.method}`);
        } catch (e) {
            response = fail(String(e && e.message ? e.message : e));
        }
        send({ id: message.id, response });
    });

    // The Omni-Channel utility: the presence the agent has, and the agent's own changes.
    async function refreshPresence() {
        const response = await fetch(`/console/${encodeURIComponent(config.userId)}/omni/status`);
        if (response.ok) {
            const body = await response.json();
            const shown = document.getElementById('omni-status');
            shown.dataset.status = body.statusApiName || '';
            shown.textContent = body.statusName || 'Offline';
        }
    }

    document.getElementById('omni-set').onclick = async () => {
        const statusId = document.getElementById('omni-choice').value;
        await fetch(`/console/${encodeURIComponent(config.userId)}/omni/status`, {
            method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ statusId }),
        });
        record('omniUtility', { 'status-id': statusId }, 'the agent changed the presence');
        await refreshPresence();
    };
    document.getElementById('reload-records').onclick = reloadRecords;

    renderRecords();
    setInterval(refreshPresence, 500);
    refreshPresence();
})();
