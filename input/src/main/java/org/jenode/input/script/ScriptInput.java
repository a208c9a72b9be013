package org.jenode.input.script;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.SessionRequest;
import org.jenode.base.timer.TimerSession;
import org.jenode.input.InputEvent;
import org.jenode.input.InputSession;
import org.jenode.input.InputSlot;

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
    private final InputSlot client;
    private int position;
    /** When a sleep ends, in the timer's milliseconds; negative while not sleeping. */
    private long wakeAt = -1;

    public ScriptInput(Env env) {
        this.env = env;
        this.client = new InputSlot(env.log(), "input_script");
        this.timer = env.session(TimerSession.class, "sleep");
        timer.sigh(env.ep().handler(this::onTimeout));
        this.script = Script.parse(env.config().xml());
        env.config().sigh(env.ep().handler(this::onConfig));
        env.announce(InputSession.class, this::open);
        env.log().info("script of {} steps{}", script.steps().size(), script.loop() ? ", looping" : "");
    }

    private InputSession open(SessionRequest<InputSession> request) {
        InputSession session = client.open(request);
        restart();
        return session;
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
        if (client.held()) run();
    }

    private void onTimeout() {
        // A timeout from before a restart, or a coalesced early one, must not skip a sleep.
        if (wakeAt < 0 || timer.elapsedMs() < wakeAt) return;
        wakeAt = -1;
        run();
    }

    /** Emits steps until the next sleep or the end. */
    private void run() {
        while (client.held()) {
            if (position >= script.steps().size()) {
                if (!script.loop() || script.steps().isEmpty()) return;
                position = 0;
                sleep(LOOP_PAUSE_MS);
                return;
            }
            Script.Step step = script.steps().get(position++);
            switch (step) {
                case Script.Emit(InputEvent event) -> client.submit(event);
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
