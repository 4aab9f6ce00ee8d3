window.softphone = {
    // The browser's own clock settings, for values the agent types in local time (a status "until").
    utcOffsetMinutes: () => -new Date().getTimezoneOffset(),

    // Unsaved call-log fields, per browser tab: they survive a reload and go with the tab.
    drafts: {
        load: key => sessionStorage.getItem(key),
        save: (key, json) => sessionStorage.setItem(key, json),
        clear: key => sessionStorage.removeItem(key),
    },
};
