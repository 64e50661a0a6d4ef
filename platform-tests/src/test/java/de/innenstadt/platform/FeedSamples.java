// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Feed files for the import tests: the parsers' real samples, and files made to break an import. */
final class FeedSamples {
    private static final Path SAMPLES = Path.of("..", "integration-routes", "src", "test", "resources", "feeds");

    private FeedSamples() {
    }

    static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(SAMPLES.resolve(name));
    }

    /** 200 MB of zeros in a few hundred kilobytes of gzip. */
    static byte[] gzipBomb() throws IOException {
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(packed)) {
            gzip.write("EAN;Bestand;Filiale\n".getBytes(StandardCharsets.US_ASCII));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                gzip.write(zeros);
            }
        }
        return packed.toByteArray();
    }

    /** Valid UTF-8 for the first 100 KB, then a Windows-1252 umlaut: read as UTF-8 until it breaks. */
    static byte[] wrongEncoding() {
        StringBuilder csv = new StringBuilder("Filiale;EAN;Bezeichnung;Bestand;VK-Preis\n");
        while (csv.length() < 100_000) {
            csv.append("KL-01;4006381333931;Kugelschreiber;1;1,99\n");
        }
        byte[] head = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = "KL-02;4006381333931;Gr\u00fcn;1;1,99\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
