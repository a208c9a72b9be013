package org.jenode.nitpicker.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.jenode.base.Labels;
import org.jenode.nitpicker.SessionControl;

/**
 * The open sessions, in the order they were opened: who exists, by label and by selector, and what
 * applies to all of them (the policy's domains, a frame, a new screen mode).
 */
final class SessionRegistry {

    private final List<ClientSession> sessions = new ArrayList<>();

    void add(ClientSession s) { sessions.add(s); }

    void remove(ClientSession s) { sessions.remove(s); }

    boolean contains(ClientSession s) { return sessions.contains(s); }

    List<ClientSession> all() { return Collections.unmodifiableList(sessions); }

    /** The session with exactly {@code label}, the first opened if several have it. */
    Optional<ClientSession> labelled(String label) {
        for (ClientSession s : sessions) if (s.label().equals(label)) return Optional.of(s);
        return Optional.empty();
    }

    /**
     * The sessions {@code caller}'s {@code selector} names (Genode's {@code session_control}): the caller's
     * own label for an empty selector, else {@code "<caller> -> <selector>"}; a session is named if its label
     * is that or below it, element by element, so "term" never names "terminal".
     */
    private List<ClientSession> selected(ClientSession caller, String selector) {
        String named = selector.isEmpty() ? caller.label()
                : selector.startsWith(Labels.SEPARATOR) ? caller.label() + selector : Labels.prefixed(caller.label(), selector);
        List<ClientSession> out = new ArrayList<>();
        for (ClientSession s : sessions) if (Labels.within(s.label(), named)) out.add(s);
        return out;
    }

    /** Hides, shows or raises (keeping their order) the sessions {@code caller}'s selector names. */
    void control(ClientSession caller, String selector, SessionControl op, ViewStack stack) {
        List<ClientSession> named = selected(caller, selector);
        for (ClientSession s : named) {
            switch (op) {
                case HIDE -> s.visible(false);
                case SHOW -> s.visible(true);
                case TO_FRONT -> {
                    List<View> vs = new ArrayList<>(stack.views());
                    vs.removeIf(v -> v.owner() != s);
                    for (View v : vs.reversed()) stack.toFront(v, null);
                }
            }
        }
        if (!named.isEmpty()) stack.dirtyAll();
    }

    /** The policy changed: each session gets the domain it names now. */
    void assign(Policy policy) {
        for (ClientSession s : sessions) s.assign(policy.domainFor(s.label()), policy.backgroundFor(s.label()));
    }
}
