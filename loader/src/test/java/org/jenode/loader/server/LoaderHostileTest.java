package org.jenode.loader.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jenode.base.Capability;
import org.jenode.base.Dataspace;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.QuotaExceededException;
import org.jenode.base.Session;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.SessionArgs;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Area;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.xml.XmlNode;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.loader.LoaderSession;
import org.jenode.loader.SubsystemState;
import org.jenode.loader.SubsystemStatus;
import org.jenode.nitpicker.NitpickerSession;
import org.jenode.nitpicker.SessionControl;
import org.jenode.nitpicker.ViewCapability;
import org.junit.jupiter.api.Test;

/**
 * A hostile loader client: null, huge, negative and forged arguments on every Loader method are
 * refused with a typed error and never fault the loader; and whatever the client does, it gets none of
 * the subsystem's capabilities, pixels or input.
 */
class LoaderHostileTest {

    private static final String MEGABYTE = "x".repeat(1 << 20);

    @Test
    void badArgumentsOnEveryMethodAreTypedRefusalsAndTheLoaderGoesOn() {
        try (LoaderDesk desk = new LoaderDesk()) {
            LoaderSession loader = desk.open(2 << 20);
            // null: refused by the runtime before the loader sees it, in every parameter of every method
            for (Method m : LoaderSession.class.getMethods()) {
                if (m.isDefault() || Modifier.isStatic(m.getModifiers()) || m.getName().equals("close")) continue;
                for (int i = 0; i < m.getParameterCount(); i++) {
                    if (m.getParameterTypes()[i].isPrimitive()) continue;
                    Object[] args = harmless(desk, m);
                    args[i] = null;
                    assertThatThrownBy(() -> invoke(loader, m, args)).as(m.getName() + " with null argument " + (i + 1))
                            .isInstanceOf(InvalidRequestException.class).hasMessageContaining("is null");
                }
            }
            // module names and sizes
            assertThatThrownBy(() -> loader.allocRomModule("", 10)).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> loader.allocRomModule(MEGABYTE, 10)).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> loader.allocRomModule("a -> b", 10)).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> loader.allocRomModule("\u0000", 10)).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> loader.allocRomModule("\ud800", 10)).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> loader.allocRomModule("x", -1)).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> loader.allocRomModule("x", Integer.MIN_VALUE)).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> loader.allocRomModule("x", Integer.MAX_VALUE)).isInstanceOf(QuotaExceededException.class);
            assertThatThrownBy(() -> loader.commitRomModule("never allocated")).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> loader.commitRomModule(MEGABYTE)).isInstanceOf(InvalidRequestException.class);
            // a client's own ROM module named as the binary is a jar, which runs only sandboxed (this loader: threads)
            LoaderDesk.commit(loader, "mine.jar", "PK");
            assertThatThrownBy(() -> loader.start("mine.jar", "")).isInstanceOf(ServiceDeniedException.class)
                    .hasMessageContaining("runs only sandboxed");
            // and one whose name says it is no jar is no binary at all
            LoaderDesk.commit(loader, "notes", "hello");
            assertThatThrownBy(() -> loader.start("notes", "")).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("is no binary");
            // more modules than the donation pays for
            assertThatThrownBy(() -> {
                for (int i = 0; i < 100_000; i++) loader.allocRomModule("m" + i, 0);
            }).isInstanceOf(QuotaExceededException.class);
            assertThatThrownBy(() -> loader.ramQuota(-1)).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> loader.ramQuota(Long.MIN_VALUE)).isInstanceOf(InvalidRequestException.class);
            // no view before there is a subsystem with one
            assertThatThrownBy(loader::viewSize).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> loader.viewGeometry(new Rect(0, 0, 10, 10), Point.ORIGIN)).isInstanceOf(InvalidRequestException.class);
            // binaries and labels
            assertThatThrownBy(() -> loader.start("", "")).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> loader.start(MEGABYTE, "")).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> loader.start("painter", MEGABYTE)).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> loader.start("painter", "x -> y")).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> loader.start("no such binary", "")).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("no binary");
            loader.constrainGeometry(new Area(Integer.MAX_VALUE, Integer.MAX_VALUE));
            loader.ramQuota(Long.MAX_VALUE);
            loader.sessionControl(SessionControl.HIDE); // nothing runs: nothing to hide
            assertThat(loader.status().state()).isEqualTo(new SubsystemState.Idle());
            // an unknown isolation
            assertThatThrownBy(() -> desk.open(SessionArgs.ramQuota(1 << 20).with(LoaderSession.ISOLATION, "chroot")))
                    .isInstanceOf(InvalidRequestException.class);
            // a donation too small for the session itself
            assertThatThrownBy(() -> desk.open(SessionArgs.ramQuota(100))).isInstanceOf(QuotaExceededException.class);
            loader.close();

            XmlNode state = desk.state(s -> LoaderDesk.child(s, "loader").has("ram_used"));
            assertThat(LoaderDesk.child(state, "loader").attribute("state", "")).isEqualTo("running");
            // and it still serves
            LoaderSession again = desk.open(1 << 20);
            LoaderDesk.commit(again, "config", "<config xpos=\"10\" ypos=\"10\"/>");
            again.start("painter", "");
            desk.screen.awaitScreen("a subsystem of the loader after the attack", () -> desk.screen.rgb(20, 20) == 0xff0000);
        }
    }

    @Test
    void extremeGeometryOfARunningNestedSubsystemNeverFaultsTheLoader() throws Exception {
        try (LoaderDesk desk = new LoaderDesk()) {
            ClientView mine = desk.client.onEp(env -> new ClientView(env, new Rect(10, 10, 100, 100), 0x2040c0));
            LoaderSession loader = desk.open(2 << 20);
            CompletableFuture<Void> ready = new CompletableFuture<>();
            desk.client.onEp(env -> {
                loader.viewReadySigh(env.ep().handler(() -> ready.complete(null)));
                loader.parentView(mine.capability());
                loader.constrainGeometry(new Area(0, 0));
                return null;
            });
            loader.start("painter", "");
            ready.get(20, TimeUnit.SECONDS);
            assertThat(loader.viewSize()).as("cut to the constraint").isEqualTo(new Area(0, 0));
            for (int v : new int[] {Integer.MIN_VALUE, -1, Integer.MAX_VALUE}) {
                loader.viewGeometry(new Rect(v, v, Integer.MAX_VALUE, Integer.MAX_VALUE), new Point(v, v));
                loader.viewGeometry(new Rect(v, v, 0, 0), new Point(Integer.MAX_VALUE, Integer.MIN_VALUE));
                loader.constrainGeometry(new Area(Integer.MAX_VALUE, 0));
            }
            loader.viewGeometry(new Rect(5, 5, 80, 60), Point.ORIGIN);
            loader.constrainGeometry(new Area(100, 100));
            assertThat(loader.viewSize()).isEqualTo(new Area(80, 60));
            desk.screen.awaitScreen("the nested view, placed sanely at last", () -> desk.screen.rgb(20, 20) == 0xff0000);
            assertThat(loader.status().state()).isEqualTo(new SubsystemState.Running());
        }
    }

    @Test
    void aForgedParentViewNestsNothingAndTheSubsystemFaultsAlone() throws Exception {
        try (LoaderDesk desk = new LoaderDesk()) {
            LoaderSession loader = desk.open(2 << 20);
            CompletableFuture<Void> fault = new CompletableFuture<>();
            desk.client.onEp(env -> {
                loader.faultSigh(env.ep().handler(() -> fault.complete(null)));
                loader.parentView(new ViewCapability("forged by the client"));
                loader.start("painter", "");
                return null;
            });
            fault.get(20, TimeUnit.SECONDS);
            assertThat(loader.status().state()).isInstanceOfSatisfying(SubsystemState.Faulted.class,
                    f -> assertThat(f.reason()).contains("cannot nest"));
            XmlNode state = desk.state(s -> LoaderDesk.child(s, "loader").has("ram_used"));
            assertThat(LoaderDesk.child(state, "loader").attribute("state", "")).isEqualTo("running");
        }
    }

    /**
     * Nothing the Loader session returns is a view capability, a GUI, framebuffer or input session, or
     * any capability but the client's own ROM buffers; the buffer written after a commit changes nothing
     * the subsystem shows; and a click on the nested view reaches the subsystem, not the client.
     */
    @Test
    void theClientGetsNoneOfTheSubsystemsCapabilitiesPixelsOrInput() throws Exception {
        for (Method m : LoaderSession.class.getMethods()) {
            Class<?> result = m.getReturnType();
            assertThat(Session.class.isAssignableFrom(result) || Capability.class.isAssignableFrom(result) && result != Dataspace.class)
                    .as(m.getName() + " returns " + result.getSimpleName()).isFalse();
        }
        assertThat(Arrays.stream(SubsystemStatus.class.getRecordComponents()).map(c -> c.getType()))
                .noneMatch(t -> Session.class.isAssignableFrom(t) || Capability.class.isAssignableFrom(t));
        Painter.seen.clear();
        try (LoaderDesk desk = new LoaderDesk()) {
            // at the origin: the subsystem's input is translated as Genode's loader did, from where the client put the
            // view relative to its parent, which is the subsystem's own coordinates when the parent view is at the origin
            ClientView mine = desk.client.onEp(env -> new ClientView(env, new Rect(0, 0, 300, 200), 0x2040c0));
            LoaderSession loader = desk.open(2 << 20);
            String config = "<config color=\"#ff0000\" width=\"100\" height=\"80\"/>";
            Dataspace buffer = loader.allocRomModule("config", config.length());
            buffer.bytes().put(config.getBytes());
            loader.commitRomModule("config");
            CompletableFuture<Void> ready = new CompletableFuture<>();
            desk.client.onEp(env -> {
                loader.viewReadySigh(env.ep().handler(() -> ready.complete(null)));
                loader.parentView(mine.capability());
                return null;
            });
            loader.ramQuota(1 << 20);
            loader.start("painter", "nested");
            ready.get(20, TimeUnit.SECONDS);
            loader.viewGeometry(new Rect(50, 50, 100, 80), Point.ORIGIN);
            desk.screen.awaitScreen("the nested subsystem", () -> desk.screen.rgb(100, 100) == 0xff0000);

            // the client scribbles over the buffer it committed, and commits another module: the subsystem shows the same
            buffer.bytes().put("<config color=\"#ffffff\" width=\"100\" height=\"80\"/>".getBytes());
            LoaderDesk.commit(loader, "other", "<x/>");

            // a click on the nested view goes to the subsystem, which sees it in its own coordinates
            desk.screen.inject(new InputEvent.AbsoluteMotion(100, 100), new InputEvent.Press(Keycodes.BTN_LEFT),
                    new InputEvent.Release(Keycodes.BTN_LEFT));
            org.jenode.base.testing.Await.until("the subsystem got the press",
                    () -> Painter.seen.stream().anyMatch(s -> s.endsWith("Press[code=" + Keycodes.BTN_LEFT + "]")));
            assertThat(Painter.seen).anyMatch(s -> s.contains("AbsoluteMotion[x=50, y=50]"));
            List<InputEvent> clientGot = desk.client.onEp(_ -> mine.input());
            assertThat(clientGot).noneMatch(e -> e instanceof InputEvent.Press || e instanceof InputEvent.Release);
            assertThat(desk.screen.rgb(140, 120)).as("away from the pointer").isEqualTo(0xff0000);

            // the client's GUI session cannot reach the nested view by any handle of its own
            String reached = desk.client.onEp(_ -> {
                NitpickerSession gui = mine.gui;
                for (int id = 0; id < 16; id++) {
                    try {
                        gui.viewCapability(new org.jenode.nitpicker.ViewHandle(id));
                    } catch (InvalidRequestException e) {
                        continue;
                    }
                    if (id != mine.view.id()) return "handle " + id;
                }
                return "none";
            });
            assertThat(reached).isEqualTo("none");
            assertThat(SignalHandler.NONE.valid()).isFalse();
        }
    }

    private static Object[] harmless(LoaderDesk desk, Method m) {
        Class<?>[] types = m.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            args[i] = t == int.class ? 1 : t == long.class ? 1L : t == String.class ? "x" : t == Area.class ? new Area(1, 1)
                    : t == Rect.class ? new Rect(0, 0, 1, 1) : t == Point.class ? Point.ORIGIN
                    : t == SessionControl.class ? SessionControl.SHOW : t == SignalHandler.class ? SignalHandler.NONE
                    : t == ViewCapability.class ? new ViewCapability("harmless") : null;
        }
        return args;
    }

    private static void invoke(LoaderSession loader, Method m, Object[] args) throws Throwable {
        try {
            m.invoke(loader, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
