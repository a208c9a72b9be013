package org.jenode.nitpicker.server;

import java.util.Optional;

import org.jenode.base.Labels;
import org.jenode.input.InputEvent;

/**
 * The one session that has the keyboard focus (Genode's {@code focus.h}): the view stack asks it which
 * background view shows, the composer which domain is tinted, input routing where keys go, and the
 * focus report whom to name.
 */
final class Focus {

    /** Told after every change, so that what depends on the focus is redrawn and reported. */
    interface Listener {
        void focusChanged();
    }

    private final Listener listener;
    private ClientSession focused;

    Focus(Listener listener) { this.listener = listener; }

    Optional<ClientSession> session() { return Optional.ofNullable(focused); }

    boolean is(ClientSession s) { return s != null && s == focused; }

    boolean sameDomain(ClientSession s) { return focused != null && focused.domain() == s.domain(); }

    /** Whether {@code v} is the background view of the focused session, shown while it has the focus. */
    boolean background(View v) { return focused != null && v.owner() == focused; }

    /**
     * Focuses {@code s} (none if null). With {@code tell}, the old session gets {@code Focus(false)} and
     * the new one {@code Focus(true)}, as after a click; the programmatic {@code focus()} tells nobody (14.11).
     */
    void assign(ClientSession s, boolean tell) {
        if (s == focused) return;
        if (tell && focused != null) focused.deliver(new InputEvent.Focus(false));
        focused = s;
        if (tell && s != null) s.deliver(new InputEvent.Focus(true));
        listener.focusChanged();
    }

    /**
     * The session {@code caller} hands the focus to {@code target}: allowed while nobody is focused or when
     * the focused session is the caller's or one of its children's (its label is the caller's label or
     * starts with it and {@code " -> "}), never during a drag.
     */
    void request(ClientSession caller, ClientSession target, boolean dragging) {
        if (dragging) return;
        if (focused == null || Labels.within(focused.label(), caller.label())) assign(target, false);
    }

    void forget(ClientSession s) {
        if (s == focused) assign(null, false);
    }
}
