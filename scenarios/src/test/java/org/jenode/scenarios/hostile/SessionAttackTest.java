package org.jenode.scenarios.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jenode.base.Env;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.ServiceException;
import org.jenode.base.SessionClosedException;
import org.jenode.base.Session;
import org.jenode.base.SessionArgs;
import org.jenode.base.SignalHandler;
import org.jenode.base.log.LogSession;
import org.jenode.base.report.ReportSession;
import org.jenode.base.rom.RomSession;
import org.jenode.base.timer.TimerSession;
import org.jenode.framebuffer.CaptureSession;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.input.EventSession;
import org.jenode.input.InputSession;
import org.jenode.loader.LoaderSession;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.ViewCapability;
import org.jenode.nitpicker.ViewHandle;
import org.jenode.terminal.TerminalSession;
import org.junit.jupiter.api.Test;

/**
 * Every method of every session interface, called by a hostile client with {@code null} in each
 * parameter and with extreme values: each {@code null} is an {@link InvalidRequestException} for that one
 * call, every extreme value is answered or refused with a typed error, no server faults, and the
 * bystander is still served. The interfaces are found by reflection, so a new one must get an opener
 * here before the suite passes.
 */
class SessionAttackTest {

    /** How the attacker reaches each service: the sessions it can open, sub-sessions included. */
    private static Map<Class<?>, List<Session>> open(Env env) {
        NitpickerSession gui = env.session(NitpickerSession.class, "gui", SessionArgs.ramQuota(1 << 20));
        Map<Class<?>, List<Session>> sessions = new LinkedHashMap<>();
        sessions.put(RomSession.class, List.of(env.session(RomSession.class, "config")));
        sessions.put(ReportSession.class, List.of(env.session(ReportSession.class, "junk",
                SessionArgs.ramQuota(16 * 1024).with("buffer_size", 4096))));
        sessions.put(TimerSession.class, List.of(env.session(TimerSession.class, "timer")));
        sessions.put(FramebufferSession.class, List.of(env.session(FramebufferSession.class, "fb"), gui.framebuffer()));
        sessions.put(InputSession.class, List.of(env.session(InputSession.class, "input"), gui.input()));
        sessions.put(EventSession.class, List.of(env.session(EventSession.class, "events")));
        sessions.put(CaptureSession.class, List.of(env.session(CaptureSession.class, "screen")));
        sessions.put(NitpickerSession.class, List.of(gui));
        sessions.put(TerminalSession.class, List.of(env.session(TerminalSession.class, "shell")));
        sessions.put(LogSession.class, List.of(env.session(LogSession.class, "log")));
        sessions.put(LoaderSession.class, List.of(env.session(LoaderSession.class, "subsystem", SessionArgs.ramQuota(1 << 20))));
        return sessions;
    }

    private static Arguments arguments(Env env, Map<Class<?>, List<Session>> sessions) {
        NitpickerSession gui = (NitpickerSession) sessions.get(NitpickerSession.class).getFirst();
        Map<Class<?>, Supplier<Object>> caps = new LinkedHashMap<>();
        caps.put(SignalHandler.class, () -> env.ep().handler(() -> { }));
        caps.put(ViewCapability.class, () -> gui.viewCapability(gui.createView(ViewHandle.NONE)));
        sessions.forEach((type, list) -> caps.put(type, list::getFirst));
        return new Arguments(caps);
    }

    @Test
    void nullInAnyParameterOfAnySessionMethodIsAnInvalidRequestForThatCallAlone() {
        try (HostileDesk desk = new HostileDesk("16M")) {
            desk.awaitBystander();
            Outcome outcome = desk.evil.onEp(env -> attack(env, (arguments, m) -> {
                List<Object[]> lists = new ArrayList<>();
                Class<?>[] types = m.getParameterTypes();
                for (int i = 0; i < types.length; i++) {
                    if (!arguments.isReference(types[i])) continue;
                    Object[] args = arguments.harmless(m);
                    args[i] = null;
                    lists.add(args);
                }
                return lists;
            }, failure -> failure instanceof InvalidRequestException e && e.getMessage().contains("is null")));
            assertThat(outcome.unacceptable()).isEmpty();
            assertThat(outcome.calls()).as("calls made").isGreaterThanOrEqualTo(23);
            desk.awaitBystander();
            assertThat(desk.awaitAllRunning()).isNotNull();
        }
    }

    @Test
    void extremeArgumentsAreAnsweredOrRefusedWithoutAFault() {
        try (HostileDesk desk = new HostileDesk("16M")) {
            desk.awaitBystander();
            Outcome outcome = desk.evil.onEp(env -> attack(env, Arguments::extremes,
                    failure -> failure == null || failure instanceof ServiceException && !(failure instanceof SessionClosedException)));
            assertThat(outcome.unacceptable()).isEmpty();
            assertThat(outcome.calls()).as("calls made").isGreaterThanOrEqualTo(37);
            desk.awaitBystander();
            assertThat(desk.casualties()).as("children that faulted").isEmpty();
            desk.awaitAllRunning();
        }
    }

    /** How many calls were made, and the outcomes that were not acceptable. */
    private record Outcome(int calls, List<String> unacceptable) { }

    /** A way to attack one method: the argument lists to call it with. */
    private interface Attack {
        List<Object[]> argumentLists(Arguments arguments, Method method);
    }

    /**
     * Calls every method of every session with each argument list of {@code attack}, and returns a line
     * for each outcome that {@code acceptable} rejects (null when the call returned normally).
     */
    private static Outcome attack(Env env, Attack attack, Function<Throwable, Boolean> acceptable) {
        Map<Class<?>, List<Session>> sessions = open(env);
        Arguments arguments = arguments(env, sessions);
        List<String> bad = new ArrayList<>();
        int calls = 0;
        for (Class<? extends Session> type : SessionInterfaces.all()) {
            List<Session> targets = sessions.get(type);
            assertThat(targets).as("a way for the attacker to open " + type.getName()).isNotNull();
            for (Session target : targets) {
                for (Method m : type.getMethods()) {
                    if (m.isDefault() || Modifier.isStatic(m.getModifiers()) || m.getName().equals("close")) continue;
                    for (Object[] args : attack.argumentLists(arguments, m)) {
                        Throwable failure = call(target, m, args);
                        calls++;
                        if (!acceptable.apply(failure))
                            bad.add(type.getSimpleName() + "." + m.getName() + describe(args) + " -> " + failure);
                    }
                }
            }
        }
        assertThat(SessionInterfaces.all()).as("session interfaces found").hasSizeGreaterThanOrEqualTo(sessions.size());
        return new Outcome(calls, bad);
    }

    private static Throwable call(Session target, Method m, Object[] args) {
        try {
            m.invoke(target, args);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static String describe(Object[] args) {
        List<String> parts = new ArrayList<>();
        for (Object a : args) {
            String s = String.valueOf(a);
            parts.add(s.length() > 40 ? s.substring(0, 40) + "..." : s);
        }
        return parts.toString();
    }
}
