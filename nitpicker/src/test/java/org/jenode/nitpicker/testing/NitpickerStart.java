package org.jenode.nitpicker.testing;

/**
 * Nitpicker's {@code <start>} node in a test's scenario on a {@code HeadlessScreen}: the real nitpicker,
 * named {@code nitpicker}, on the screen's driver {@code fb} (named in the route, so that another
 * Framebuffer in the scenario, such as nit_fb's, is no rival), its reports to the parent, where
 * {@code Await.report} reads them. A test writes only nitpicker's config, which is what it is about.
 */
public final class NitpickerStart {

    /** One domain that every client is in, on black, no pointer drawn: for tests not about nitpicker's policy. */
    public static final String PLAIN = """
            <domain name="default" layer="1"/>
            <policy label="" domain="default"/>
            <background color="#000000"/>
            <pointer draw="no"/>
            """;

    private NitpickerStart() { }

    /** Nitpicker with the {@link #PLAIN} config. */
    public static String plain() { return with(PLAIN); }

    /** Nitpicker with {@code config}, the body of its {@code <config>} node. */
    public static String with(String config) {
        return """
            <start name="nitpicker">
              <resource name="RAM" quantum="8M"/>
              <provides> <service name="Nitpicker"/> </provides>
              <route> <service name="Framebuffer"> <child name="fb"/> </service> <service name="Input"> <child name="fb"/> </service>
                      <any-service> <parent/> <any-child/> </any-service> </route>
              <config>
            %s  </config>
            </start>
            """.formatted(config);
    }
}
