package org.jenode.base;

import java.util.Optional;
import org.jenode.base.rom.AttachedRom;
import org.slf4j.Logger;

/**
 * Everything a component can reach: its config, its RAM, its entrypoint, its log, and sessions that
 * its parent routes for it. There is no other way out of a component.
 */
public interface Env {

    /** The component's name in its parent's config. */
    String name();

    /** The whole chain of names from the root, e.g. {@code init -> launcher -> terminal}. */
    String label();

    Entrypoint ep();

    RamAccount ram();

    /** The component's log, named after its label. */
    Logger log();

    /** The component's config ROM, opened on first use; signals when the config changes. */
    AttachedRom config();

    /**
     * Opens a session, routed by the parent, donating {@code args.ramQuota()} from {@link #ram()}.
     *
     * @param label the component-local label; the parents prefix their children's names
     * @throws ServiceDeniedException if no route, server or policy admits it
     * @throws QuotaExceededException if the donation exceeds this component's quota
     */
    default <S extends Session> S session(Class<S> type, String label, SessionArgs args) {
        return session(type, label, args, ram());
    }

    /**
     * Opens a session whose donation {@code payer} pays: {@link #ram()}, or the donation of a session this
     * component serves now ({@link SessionRequest#quota()}), so that a server opening a session of its own
     * on a client's behalf (the wm's real GUI session for a window) spends the client's memory, not its
     * own. The donation goes back to {@code payer} when the session closes, and {@link #upgrade}s of the
     * session come from it too; while the session lasts, the served session's donation is not returned
     * to its client ({@link RamAccount#donate}).
     *
     * @throws InvalidRequestException if {@code payer} is neither: another component's account, one this
     *         component split off itself, or the donation of a session that has ended
     * @throws QuotaExceededException if {@code payer} cannot pay {@code args.ramQuota()}
     */
    <S extends Session> S session(Class<S> type, String label, SessionArgs args, RamAccount payer);

    /** Opens a session with the service's default donation. */
    default <S extends Session> S session(Class<S> type, String label) {
        return session(type, label, SessionArgs.ramQuota(Sessions.defaultQuota(type)));
    }

    /**
     * Adds {@code ramQuota} to the donation of a session this component opened, from the account that
     * paid for the session ({@link #ram()} or the payer it was opened with); a server that implements
     * {@link Upgradable} hears of it before this returns.
     *
     * @throws InvalidRequestException for a negative amount, or a session this component did not open
     * @throws QuotaExceededException if the payer cannot pay it
     */
    void upgrade(Session session, long ramQuota);

    /**
     * The object this component serves behind {@code capability}, if it is one of its own sessions and a
     * {@code type}: how a server recognises a session that a client passed it (Genode's {@code ep.apply}),
     * without calling anything the client could have made.
     */
    <T> Optional<T> served(Session capability, Class<T> type);

    /** Offers a service to the parent, which may route other components' requests here. */
    <S extends Session> void announce(Class<S> type, Service<S> service);

    /** Ends this component with {@code code}; its parent decides what that means for the rest. */
    void exit(int code);
}
