window.softphone = {
    // Response Management in a message field: the caret, and putting text and caret back after an insertion.
    responses: {
        caret: id => document.getElementById(id)?.selectionStart ?? 0,
        text: id => document.getElementById(id)?.value ?? '',
        place(id, text, caret) {
            const field = document.getElementById(id);
            if (!field) {
                return;
            }
            field.value = text;
            field.setSelectionRange(caret, caret);
            field.focus();
        },
        // Ctrl+Space belongs to the shortcut expansion, not to the browser or the system.
        claimCtrlSpace(id) {
            document.getElementById(id)?.addEventListener('keydown', e => {
                if (e.ctrlKey && !e.altKey && !e.metaKey && e.key === ' ') {
                    e.preventDefault();
                }
            });
        },
    },

    // The browser's own clock settings, for values the agent types in local time (a status "until").
    utcOffsetMinutes: () => -new Date().getTimezoneOffset(),

    // Unsaved call-log fields, per browser tab: they survive a reload and go with the tab.
    drafts: {
        load: key => sessionStorage.getItem(key),
        save: (key, json) => sessionStorage.setItem(key, json),
        clear: key => sessionStorage.removeItem(key),
    },

    // Desktop alerts (spec: "Desktop alerts"): while the page is not in front, a notification (its click brings the page to the front), a
    // ring and a flashing tab title, until the interaction stops alerting or the agent comes back to the page.
    alerts: {
        init() {
            if (!('Notification' in window) || Notification.permission !== 'default' || localStorage.getItem('softphone.notifications.asked')) {
                return;
            }
            // Asked once, on the agent's first click (browsers ignore a request that no gesture started).
            document.addEventListener('click', () => {
                localStorage.setItem('softphone.notifications.asked', '1');
                Notification.requestPermission();
            }, { once: true });
        },
        start(title, body, flashTitle) {
            const alerts = window.softphone.alerts;
            alerts.stop();
            // Framed in the Salesforce console, the softphone rarely has the focus while the agent works: there only a hidden
            // (minimized, other tab) page alerts.
            const inFront = window.top === window ? document.hasFocus() : document.visibilityState === 'visible';
            if (inFront) {
                return;
            }
            if ('Notification' in window && Notification.permission === 'granted') {
                const notification = new Notification(title, { body, tag: 'softphone-alert', requireInteraction: true });
                notification.onclick = () => {
                    window.focus();
                    alerts.stop();
                };
                alerts.notification = notification;
            }
            alerts.pageTitle = document.title;
            let flashed = false;
            alerts.flashTimer = setInterval(() => {
                flashed = !flashed;
                document.title = flashed ? flashTitle : alerts.pageTitle;
            }, 1000);
            document.title = flashTitle;
            alerts.ring();
            alerts.ringTimer = setInterval(alerts.ring, 4000);
            window.addEventListener('focus', alerts.stop, { once: true });
        },
        stop() {
            const alerts = window.softphone.alerts;
            clearInterval(alerts.flashTimer);
            clearInterval(alerts.ringTimer);
            alerts.flashTimer = alerts.ringTimer = null;
            if (alerts.pageTitle !== undefined) {
                document.title = alerts.pageTitle;
                alerts.pageTitle = undefined;
            }
            alerts.notification?.close();
            alerts.notification = null;
            window.removeEventListener('focus', alerts.stop);
        },
        // A telephone ring (two tones, 440 and 480 Hz, for a second) made in the page: no sound file to serve.
        ring() {
            try {
                const audio = window.softphone.alerts.audio ??= new AudioContext();
                audio.resume();
                const gain = audio.createGain();
                gain.gain.value = 0.1;
                gain.connect(audio.destination);
                for (const frequency of [440, 480]) {
                    const tone = audio.createOscillator();
                    tone.frequency.value = frequency;
                    tone.connect(gain);
                    tone.start();
                    tone.stop(audio.currentTime + 1);
                }
            } catch {
                // No audio output: the notification and the title still alert.
            }
        },
    },

    // Keyboard shortcuts (spec: "Use keyboard shortcuts"): one key, outside text fields, without Ctrl, Alt or Meta; Esc always.
    // The pop-out chat window (spec: "Work with chats"): one window, reused, opened from the softphone or the console's frame.
    chat: {
        open(url) {
            const win = window.open(url, 'pureconnect-chat', 'popup,width=520,height=680');
            win?.focus();
        },
        // Enter sends the text, Shift+Enter is a new line (ChatWindowRules.SendsOnKey); not while an input method composes.
        wire(field, dotnet) {
            field.addEventListener('keydown', e => {
                if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
                    e.preventDefault();
                    dotnet.invokeMethodAsync('EnterPressedAsync', field.value);
                } else if (e.key === ' ' && e.ctrlKey && !e.altKey && !e.metaKey) {
                    // Response Management: the shortcut before the caret becomes its response (ResponseShortcutRules).
                    e.preventDefault();
                    dotnet.invokeMethodAsync('ExpandShortcutAsync', field.value, field.selectionStart ?? field.value.length);
                }
            });
        },
        caret: field => field?.selectionStart ?? 0,
        place(field, text, caret) {
            if (field) {
                field.value = text;
                field.setSelectionRange(caret, caret);
                field.focus();
            }
        },
        clear(field) {
            if (field) {
                field.value = '';
            }
        },
        scroll() {
            const list = document.querySelector('[data-testid="chat-messages"]');
            if (list) {
                list.scrollTop = list.scrollHeight;
            }
        },
    },

    // The Email view's reply editor (spec: "Reply to an HTML email message"): a contenteditable pane and the browser's editing commands.
    email: {
        load(editor, html) {
            if (editor) {
                editor.innerHTML = html ?? '';
            }
        },
        html: editor => editor?.innerHTML ?? '',
        // The toolbar runs its commands in the page, at once: a round trip to the server would let the agent's next keystrokes
        // overtake the command (Bold, then typing, must type bold). The pressed state of Bold, Italic and Underline follows the caret.
        editorOf: control => control.closest('.email-editor, .rich-editor')?.querySelector('.email-body-editor, .rich-body') ?? null,
        // The largest picture Upload Image puts in a reply (as a data: URL, inside the draft's 1,000,000-character body).
        maxImageBytes: 512 * 1024,
        imageTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'],
        toolbar() {
            const email = window.softphone.email;
            document.addEventListener('mousedown', e => {
                if (e.target instanceof Element && e.target.closest('button[data-email-command]')) {
                    e.preventDefault(); // the caret stays in the editor
                }
            });
            document.addEventListener('click', e => {
                const button = e.target instanceof Element ? e.target.closest('button[data-email-command]') : null;
                if (button) {
                    email.exec(email.editorOf(button), button.dataset.emailCommand, null);
                    email.reflect();
                }
            });
            // Text colour, font and size: a colour input and two lists, applied to the selection the agent last had in the editor.
            document.addEventListener('change', e => {
                const control = e.target instanceof Element ? e.target.closest('input[data-email-command], select[data-email-command]') : null;
                if (control && control.value) {
                    email.exec(email.editorOf(control), control.dataset.emailCommand, control.value);
                    if (control.tagName === 'SELECT') {
                        control.value = '';
                    }
                }
                const upload = e.target instanceof Element ? e.target.closest('input[data-email-upload-image]') : null;
                if (upload) {
                    email.uploadImage(upload);
                }
            });
            document.addEventListener('selectionchange', () => {
                const selection = document.getSelection();
                const node = selection && selection.rangeCount > 0 ? selection.anchorNode : null;
                const editor = (node instanceof Element ? node : node?.parentElement)?.closest('.email-body-editor, .rich-body') ?? null;
                if (editor) {
                    email.saved = { editor, range: selection.getRangeAt(0).cloneRange() };
                }
                email.reflect();
            });
        },
        reflect() {
            const editor = document.activeElement?.closest?.('.email-body-editor, .rich-body') ?? null;
            document.querySelectorAll('[data-email-command="bold"], [data-email-command="italic"], [data-email-command="underline"]').forEach(button => {
                const pressed = editor !== null && window.softphone.email.editorOf(button) === editor && document.queryCommandState(button.dataset.emailCommand);
                button.setAttribute('aria-pressed', pressed ? 'true' : 'false');
            });
        },
        // The editor's selection now, if the document's selection is in it.
        selectionIn(editor) {
            const selection = document.getSelection();
            const node = selection && selection.rangeCount > 0 ? selection.anchorNode : null;
            return node !== null && editor.contains(node) ? selection.getRangeAt(0) : null;
        },
        // Focus the editor with the selection it had, if a list, the colour picker or a file dialog took it away meanwhile.
        focus(editor) {
            const email = window.softphone.email;
            const current = email.selectionIn(editor);
            editor.focus();
            const saved = email.saved;
            if (!current && saved && saved.editor === editor && editor.contains(saved.range.startContainer)) {
                const selection = document.getSelection();
                selection.removeAllRanges();
                selection.addRange(saved.range);
            }
        },
        remember(editor) {
            const range = window.softphone.email.selectionIn(editor);
            if (range) {
                window.softphone.email.saved = { editor, range: range.cloneRange() };
            }
        },
        exec(editor, command, value) {
            if (!editor) {
                return;
            }
            window.softphone.email.focus(editor);
            if (command === 'createLink' || command === 'insertImage') {
                value = window.prompt(value ?? 'URL', 'https://');
                if (!value) {
                    return;
                }
            }
            // Colour, font and size as CSS (a span with a style), which the sanitizer keeps, rather than <font>.
            document.execCommand('styleWithCSS', false, command === 'foreColor' || command === 'fontName' || command === 'fontSize');
            document.execCommand(command, false, value ?? null);
            window.softphone.email.remember(editor); // the command moved the text the kept range pointed into
        },
        // Upload Image: a picture from the agent's drive, inserted where the caret was, as a data: URL (no server round trip). Only
        // PNG, JPEG, GIF and WebP up to maxImageBytes; anything else is refused with the message the page carries.
        uploadImage(input) {
            const email = window.softphone.email;
            const editor = email.editorOf(input);
            const error = input.closest('.email-editor')?.querySelector('[data-email-image-error]');
            const file = input.files && input.files[0];
            input.value = '';
            if (!editor || !file) {
                return;
            }
            const refuse = message => {
                if (error) {
                    error.textContent = message;
                    error.hidden = false;
                }
            };
            if (!email.imageTypes.includes(file.type)) {
                refuse(input.dataset.notAnImage);
                return;
            }
            if (file.size > email.maxImageBytes) {
                refuse(input.dataset.tooLarge);
                return;
            }
            if (error) {
                error.hidden = true;
                error.textContent = '';
            }
            const reader = new FileReader();
            reader.onload = () => {
                email.focus(editor);
                document.execCommand('insertImage', false, reader.result);
                email.remember(editor);
            };
            reader.readAsDataURL(file);
        },
        insertHtml(editor, html) {
            if (editor) {
                window.softphone.email.focus(editor);
                document.execCommand('insertHTML', false, html);
            }
        },
        insertText(editor, text) {
            if (editor) {
                window.softphone.email.focus(editor);
                document.execCommand('insertText', false, text);
            }
        },
        play(contentType, base64) {
            window.softphone.email.stop();
            const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
            const url = URL.createObjectURL(new Blob([bytes], { type: contentType || 'audio/wav' }));
            const audio = new Audio(url);
            window.softphone.email.audio = audio;
            audio.play().catch(() => { });
        },
        stop() {
            const audio = window.softphone.email.audio;
            if (audio) {
                audio.pause();
                URL.revokeObjectURL(audio.src);
                window.softphone.email.audio = null;
            }
        },
        download(name, contentType, base64) {
            const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
            const url = URL.createObjectURL(new Blob([bytes], { type: contentType || 'application/octet-stream' }));
            const link = document.createElement('a');
            link.href = url;
            link.download = name;
            document.body.appendChild(link);
            link.click();
            link.remove();
            setTimeout(() => URL.revokeObjectURL(url), 60000);
        },
    },

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

    // The queue window (spec: "Workgroup Queues view", "Voicemail view"): one window, reused, with the queues, My Interactions and Voicemail.
    queues: {
        open(url) {
            const win = window.open(url, 'pureconnect-queues', 'popup,width=900,height=680');
            win?.focus();
        },
    },
};

window.softphone.email.toolbar();
