package org.jenode.base.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.SessionRequest;
import org.jenode.base.rom.RomModule;
import org.jenode.base.rom.RomSession;
import org.jenode.base.xml.XmlNode;

/**
 * {@code report_rom}: serves Report sessions and hands each report out as a ROM. A reader gets a ROM
 * only through a policy whose {@code label} equals the reader's session label exactly and whose
 * {@code report} names the reporter's session label:
 *
 * <pre>{@code
 * <config>
 *   <policy label="status_bar -> focus" report="nitpicker -> focus"/>
 * </config>
 * }</pre>
 *
 * A report that was never submitted is an invalid (empty) ROM. The policy is re-read when the config
 * changes; sessions already open keep the module they were given.
 */
public final class ReportRom implements Component {

    private final Env env;
    private final Map<String, RomModule> modules = new ConcurrentHashMap<>();

    public ReportRom(Env env) {
        this.env = env;
        env.config().sigh(env.ep().handler(env.config()::update));
        env.announce(ReportSession.class, this::openReport);
        env.announce(RomSession.class, this::openRom);
    }

    private RomModule module(String reportLabel) {
        return modules.computeIfAbsent(reportLabel, RomModule::new);
    }

    private ReportSession openReport(SessionRequest<ReportSession> request) {
        boolean verbose = env.config().xml().boolAttribute("verbose", false);
        return new ReportBuffer(request, module(request.label()), module -> {
            if (verbose) env.log().info("report '{}': {}", request.label(), module.text());
        });
    }

    private RomSession openRom(SessionRequest<RomSession> request) {
        String report = policyFor(request.label()).orElseThrow(() -> new ServiceDeniedException(
                "report_rom: no policy for ROM label '" + request.label() + "'"));
        return module(report).session();
    }

    private Optional<String> policyFor(String label) {
        for (XmlNode policy : policies()) {
            if (policy.attribute("label").filter(label::equals).isPresent()) return Optional.of(policy.required("report"));
        }
        return Optional.empty();
    }

    /** Policies directly in the config, or in a {@code <rom>} node as in Genode 14.x. */
    private List<XmlNode> policies() {
        XmlNode config = env.config().xml();
        List<XmlNode> all = new ArrayList<>(config.children("policy"));
        config.child("rom").ifPresent(rom -> all.addAll(rom.children("policy")));
        return all;
    }
}
