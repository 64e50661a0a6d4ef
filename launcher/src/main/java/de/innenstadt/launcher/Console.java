// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Everything the launcher tells the person at the terminal; kept in one place so that the console stays short and
 * all details go to the log files.
 */
final class Console {

    private final PrintStream out;
    private final PrintStream err;

    Console(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    static Console system() {
        return new Console(System.out, System.err);
    }

    void help(String text) {
        out.println(text);
    }

    void starting(String varDir) {
        out.println("Innenstadt is starting (data and logs in " + varDir + ") ...");
    }

    void started(String what, Duration took) {
        out.println("  " + what + " (" + seconds(took) + ")");
    }

    void running(int httpPort, List<String> demoLogins, Duration startup) {
        String base = "http://localhost:" + httpPort;
        out.println();
        out.println("Innenstadt is running (started in " + seconds(startup) + "):");
        out.println("  Shop     " + base + "/");
        out.println("  Portal   " + base + "/portal/");
        out.println("  API      " + base + "/api/v1/search?q=schuhe");
        out.println("  Health   " + base + "/health/ready");
        if (!demoLogins.isEmpty()) {
            out.println("Demo logins (user / password):");
            demoLogins.forEach(login -> out.println("  " + login));
        }
        out.println("Stop with Ctrl-C.");
    }

    void stopping() {
        out.println("Innenstadt is stopping ...");
    }

    /** Printed rather than logged: java.util.logging closes its handlers in a shutdown hook of its own. */
    void stopped(String what, Duration took) {
        out.println("  " + what + " stopped (" + seconds(took) + ")");
    }

    void stopped() {
        out.println("Innenstadt stopped.");
    }

    /** The single line a failed start ends with; it names the setting to change. */
    void failure(String line) {
        err.println(line);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
