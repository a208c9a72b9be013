package org.jenode.terminal.pty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jenode.base.xml.XmlNode;

/**
 * What the pty runs: {@code command} (default the user's {@code $SHELL}, else {@code /bin/sh}) with its
 * {@code <arg value/>}s, in {@code cwd} (default the user's home), with the host environment unless
 * {@code inherit_env="no"}, {@code TERM=xterm-256color} and {@code COLORTERM=truecolor}, and the
 * {@code <env name value/>}s on top.
 */
record PtyConfig(List<String> command, String directory, Map<String, String> environment) {

    PtyConfig {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    static PtyConfig of(XmlNode config, Map<String, String> host, String home) {
        List<String> command = new ArrayList<>();
        command.add(config.attribute("command", host.getOrDefault("SHELL", "/bin/sh")));
        for (XmlNode arg : config.children("arg")) command.add(arg.required("value"));
        Map<String, String> env = new LinkedHashMap<>();
        if (config.boolAttribute("inherit_env", true)) env.putAll(host);
        env.put("TERM", "xterm-256color");
        env.put("COLORTERM", "truecolor");
        for (XmlNode e : config.children("env")) env.put(e.required("name"), e.attribute("value", ""));
        return new PtyConfig(command, config.attribute("cwd", home), env);
    }
}
