// The browser's own clock settings, for values the agent types in local time (a status "until").
window.softphone = {
    utcOffsetMinutes: () => -new Date().getTimezoneOffset(),
};
