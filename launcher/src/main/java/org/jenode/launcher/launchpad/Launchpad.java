package org.jenode.launcher.launchpad;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.Labels;
import org.jenode.base.RamAccount;
import org.jenode.base.ServiceException;
import org.jenode.base.parent.Announcement;
import org.jenode.base.parent.ChildHandle;
import org.jenode.base.parent.ChildPolicy;
import org.jenode.base.parent.ChildSpec;
import org.jenode.base.parent.Children;
import org.jenode.base.parent.Ending;
import org.jenode.base.parent.Route;
import org.jenode.base.parent.RouteRequest;
import org.jenode.base.rom.RomModule;
import org.jenode.base.rom.RomSession;
import org.jenode.base.xml.XmlException;

import org.jenode.input.InputEvent;
import org.jenode.launcher.dialog.Clicks;
import org.jenode.launcher.dialog.DialogHost;
import org.jenode.launcher.dialog.Gesture;

/**
 * The launchpad (spec §5.4): a click on a program starts it as a direct child with the program's
 * quantum, named uniquely ({@code testnit}, {@code testnit.2}, ...), labelled {@code launchpad ->
 * testnit}; a click on a child's kill button ends it. A child's request is routed, in Genode's order, to
 * its config ({@code <config>} or the ROM its {@code <configfile>} names), to a service another child
 * announced, to the parent for the services Genode's launchpad took from there (all but Input and
 * Framebuffer), or else it waits until a child announces the service. A changed config changes the
 * program list; running children stay.
 */
public final class Launchpad implements Component {

    /** The services Genode 14.x's launchpad took from its parent. Input and Framebuffer are not among them. */
    static final Set<String> FROM_PARENT = Set.of("CAP", "RAM", "RM", "PD", "CPU", "IO_MEM", "IO_PORT", "IRQ", "ROM", "LOG",
            "SIGNAL", "Nitpicker", "Init", "Timer", "PCI", "Block", "Nic", "Rtc");
    static final long MENU_QUANTUM = 3 << 20;

    private final Env env;
    private final Children children;
    private LaunchpadConfig config;
    private final DialogHost dialog;
    private final Clicks clicks = new Clicks();
    private final ServiceRegistry services = new ServiceRegistry();
    private final Map<String, Running> running = new LinkedHashMap<>();
    private String hovered = "";

    /** A child and what it was given. */
    private record Running(ChildHandle handle, RamAccount ram) { }

    public Launchpad(Env env, Children children) {
        this.env = env;
        this.children = children;
        this.config = LaunchpadConfig.parse(env.config().xml(), warning -> env.log().warn("{}", warning));
        this.dialog = new DialogHost(env, children, "window", "Launchpad", MENU_QUANTUM, this::hoverChanged, this::input);
        dialog.position(config.xpos(), config.ypos());
        env.config().sigh(env.ep().handler(this::reconfigure));
        render();
    }

    /** A new program list; the running children stay (Genode's launchpad read its config once). */
    private void reconfigure() {
        env.config().update();
        try {
            config = LaunchpadConfig.parse(env.config().xml(), warning -> env.log().warn("{}", warning));
        } catch (XmlException e) {
            env.log().error("config rejected, keeping the running one: {}", e.getMessage());
            return;
        }
        dialog.position(config.xpos(), config.ypos());
        render();
    }

    private void hoverChanged(String name) {
        hovered = name;
        render();
    }

    private void input(InputEvent e) {
        clicks.input(e, hovered).ifPresent(g -> {
            if (g instanceof Gesture.Click(String name)) clicked(name);
        });
    }

    private void clicked(String name) {
        if (name.startsWith(LaunchpadDialog.KILL)) kill(name.substring(LaunchpadDialog.KILL.length()), "killed by the user");
        else config.entry(name).ifPresent(this::start);
        render();
    }

    private void start(LaunchEntry entry) {
        Binary binary = children.binary(entry.name()).orElse(null);
        if (binary == null) {
            env.log().warn("no binary '{}'", entry.name());
            return;
        }
        String name = unique(entry.name());
        RomModule childConfig = new RomModule("config");
        entry.config().ifPresent(childConfig::set);
        try {
            RamAccount ram = env.ram().split(entry.quantum(), Labels.prefixed(env.label(), name));
            ChildHandle handle = children.start(new ChildSpec(name, binary, ram, childConfig), new Policy(name, entry));
            running.put(name, new Running(handle, ram));
        } catch (ServiceException e) {
            env.log().warn("cannot start {}: {}", name, e.getMessage());
        }
    }

    private String unique(String name) {
        if (!running.containsKey(name)) return name;
        for (int i = 2; ; i++) if (!running.containsKey(name + "." + i)) return name + "." + i;
    }

    private void kill(String name, String reason) {
        Running child = running.remove(name);
        if (child == null) return;
        services.gone(name);
        child.handle().kill(reason).whenComplete((_, _) -> env.ep().post(child.ram()::close));
    }

    private void render() {
        dialog.show(LaunchpadDialog.of(config.entries(), program -> children.binary(program).isPresent(), List.copyOf(running.keySet()),
                hovered, env.ram().avail(), env.ram().quota()));
    }

    /** Genode's launchpad routing for one child; runs on the launchpad's entrypoint. */
    private final class Policy implements ChildPolicy {

        private final String name;
        private final LaunchEntry entry;

        Policy(String name, LaunchEntry entry) {
            this.name = name;
            this.entry = entry;
        }

        @Override public Route route(RouteRequest request) {
            String label = Labels.prefixed(name, request.label());
            if (request.type() == RomSession.class && request.label().equals("config"))
                return entry.configfile().<Route>map(file -> new Route.ToParent(Labels.prefixed(name, file))).orElse(new Route.OwnConfig());
            var provider = services.provider(request.service());
            if (provider.isPresent()) return new Route.ToService(provider.get(), label);
            if (FROM_PARENT.contains(request.service())) return new Route.ToParent(label);
            return services.await(request.service(), label);
        }

        @Override public void announced(Announcement announcement) {
            if (running.containsKey(name)) services.announced(name, announcement);
        }

        @Override public void ended(Ending ending) {
            switch (ending) {
                case Ending.Faulted(Throwable t) -> env.log().error("{} faulted and was stopped: {}", name, t.toString());
                case Ending.Exited(int code) -> env.log().info("{} exited with code {}", name, code);
            }
            kill(name, "it ended");
            render();
        }
    }
}
