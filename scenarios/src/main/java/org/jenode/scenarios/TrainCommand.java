package org.jenode.scenarios;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jenode.base.core.AotTraining;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Makes the AOT cache for the children of {@code ./jenode} (the build's package phase runs it): starts
 * the training scenario headless, whose sandboxed children {@code --child} record what their JVMs load
 * until they have announced their services, then builds a cache from each record. It exits with 0 whether or not it could make one
 * (the log line says why not): without a cache children start as before, and a build never fails for it.
 */
@Command(name = "train", mixinStandardHelpOptions = true, hidden = true,
        description = "Make the children's AOT cache (the folder -Djenode.child.aot-cache names) from a training scenario.")
final class TrainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the training scenario; its init reports its state")
    Path scenario;

    @Option(names = "--child", paramLabel = "NAME", required = true,
            description = "a sandboxed child of init that trains (one for each set of modules that children resolve)")
    List<String> children;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "for each of its start and the cache's build")
    int timeout = 60;

    @Override public Integer call() {
        List<String> labels = children.stream().map(c -> "init -> " + c).toList();
        AotTraining.train(() -> Core.load(scenario, Binaries.discover()).start(), labels,
                core -> children.stream().allMatch(c -> announced(core, c)), Duration.ofSeconds(timeout));
        return 0;
    }

    /**
     * Init's state lists the child with a service it announced: its component runs and has answered its
     * server's first calls. A child that faulted will not: that is said at once.
     */
    private static boolean announced(Core core, String child) {
        Optional<XmlNode> entry = core.report("init -> state").map(text -> XmlParser.parse(text, "init -> state")).stream()
                .flatMap(state -> state.children("child").stream())
                .filter(c -> c.attribute("name").filter(child::equals).isPresent()).findFirst();
        if (entry.isPresent() && entry.get().attribute("state", "").equals("faulted")) {
            throw new IllegalStateException(child + " faulted: " + entry.get().child("fault").flatMap(f -> f.attribute("message")).orElse("?"));
        }
        return entry.isPresent() && !entry.get().children("announced").isEmpty();
    }
}
