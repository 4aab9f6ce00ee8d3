window.softphone = {
    // The browser's own clock settings, for values the agent types in local time (a status "until").
    utcOffsetMinutes: () => -new Date().getTimezoneOffset(),

    // Unsaved call-log fields, per browser tab: they survive a reload and go with the tab.
    drafts: {
        load: key => sessionStorage.getItem(key),
        save: (key, json) => sessionStorage.setItem(key, json),
        clear: key => sessionStorage.removeItem(key),
    },

    // Keyboard shortcuts (spec: "Use keyboard shortcuts"): one key, outside text fields, without Ctrl, Alt or Meta; Esc always.
    shortcuts: {
        start(handler, keys) {
            window.softphone.shortcuts.stop();
            const listener = e => {
                const key = e.key.toLowerCase();
                const typing = e.target instanceof HTMLElement && e.target.closest('input, textarea, select, [contenteditable="true"]');
                if (e.ctrlKey || e.altKey || e.metaKey || !keys.includes(key) || (typing && key !== 'escape')) {
                    return;
                }
                e.preventDefault();
                handler.invokeMethodAsync('OnShortcutAsync', key);
            };
            document.addEventListener('keydown', listener);
            window.softphone.shortcuts.listener = listener;
        },
        stop() {
            if (window.softphone.shortcuts.listener) {
                document.removeEventListener('keydown', window.softphone.shortcuts.listener);
                window.softphone.shortcuts.listener = null;
            }
        },
    },
};
