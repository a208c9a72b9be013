package org.jenode.input.script;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.SessionRequest;
import org.jenode.base.timer.TimerSession;
import org.jenode.input.DriverSession;
import org.jenode.input.EventQueue;
import org.jenode.input.InputEvent;
import org.jenode.input.InputSession;

/**
 * {@code input_script}: provides one Input session and replays the events of its config into it, with
 * {@code <sleep ms/>} pauses timed by a Timer session. The replay starts when a client opens the session
 * (events before that would reach nobody) and starts over when the config changes.
 */
public final class ScriptInput implements Component {

    /** Loops of a script without any sleep still yield to the entrypoint between rounds. */
    private static final long LOOP_PAUSE_MS = 1;

    private final Env env;
    private final TimerSession timer;
    private Script script;
    private DriverSession session;
    private int position;
    /** When a sleep ends, in the timer's milliseconds; negative while not sleeping. */
    private long wakeAt = -1;

    public ScriptInput(Env env) {
        this.env = env;
        this.timer = env.session(TimerSession.class, "sleep");
        timer.sigh(env.ep().handler(this::onTimeout));
        this.script = Script.parse(env.config().xml());
        env.config().sigh(env.ep().handler(this::onConfig));
        env.announce(InputSession.class, this::open);
        env.log().info("script of {} steps{}", script.steps().size(), script.loop() ? ", looping" : "");
    }

    private InputSession open(SessionRequest<InputSession> request) {
        // One consumer: a script is a sequence, splitting it between clients would make both wrong.
        if (session != null) throw new ServiceDeniedException("input_script serves one session at a time");
        session = new DriverSession(new EventQueue(request.quota(), EventQueue.DEFAULT_CAPACITY), this::closed);
        restart();
        return session;
    }

    private void closed(DriverSession s) {
        if (s == session) {
            session = null;
            wakeAt = -1;
        }
    }

    private void onConfig() {
        env.config().update();
        script = Script.parse(env.config().xml());
        env.log().info("config changed: restarting the script ({} steps)", script.steps().size());
        restart();
    }

    private void restart() {
        position = 0;
        wakeAt = -1;
        if (session != null) run();
    }

    private void onTimeout() {
        // A timeout from before a restart, or a coalesced early one, must not skip a sleep.
        if (wakeAt < 0 || timer.elapsedMs() < wakeAt) return;
        wakeAt = -1;
        run();
    }

    /** Emits steps until the next sleep or the end. */
    private void run() {
        while (session != null) {
            if (position >= script.steps().size()) {
                if (!script.loop() || script.steps().isEmpty()) return;
                position = 0;
                sleep(LOOP_PAUSE_MS);
                return;
            }
            Script.Step step = script.steps().get(position++);
            switch (step) {
                case Script.Emit(InputEvent event) -> {
                    if (!session.queue().add(event)) env.log().warn("event queue full: dropped {}", event);
                }
                case Script.Sleep(long ms) -> {
                    sleep(ms);
                    return;
                }
            }
        }
    }

    private void sleep(long ms) {
        wakeAt = timer.elapsedMs() + ms;
        timer.triggerOnce(Math.max(1, ms) * 1000);
    }
}
