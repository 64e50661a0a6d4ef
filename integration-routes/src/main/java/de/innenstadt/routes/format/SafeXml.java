// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.core.feed.FeedText;
import de.innenstadt.core.feed.FeedText.Code;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams XML that comes from outside, which is hostile until proven otherwise. The JDK's own StAX
 * parser is used (not whatever the server puts on the class path) with DTDs and external entities
 * off, so nothing is fetched from the network or the disk and no entity is ever expanded.
 *
 * <p>A document type declaration with an internal subset ({@code <!DOCTYPE x [ ... ]>}) is refused
 * outright: it is where entity bombs ("billion laughs") and external entities (XXE) live, and no
 * honest feed needs one. A plain reference to an external DTD, which BMEcat 1.2 exports often carry
 * ({@code <!DOCTYPE BMECAT SYSTEM "bmecat_new_catalog.dtd">}), is tolerated and never loaded.
 *
 * <p>Text without markup is limited to {@value #MAX_RUN_BYTES} bytes at a time, so a single giant
 * text node or tag cannot fill the memory; and one collected element (a product) to
 * {@value #MAX_ELEMENT_CHARS} characters.
 */
final class SafeXml {

    static final int MAX_RUN_BYTES = 1024 * 1024;

    static final int MAX_ELEMENT_CHARS = 1024 * 1024;

    private static final int MAX_DEPTH = 64;

    private SafeXml() {
    }

    /** A stream reader positioned before the root element, or a clear error for what is not XML. */
    static XMLStreamReader open(InputStream content, Charset configured) throws FeedFormatException {
        FeedBytes bytes = FeedBytes.inspect(content);
        if (!bytes.startsLikeXml()) {
            throw new FeedFormatException(FeedText.of(Code.NOT_XML));
        }
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External resources are not loaded: " + systemId);
        });
        InputStream limited = new MarkupRunLimit(bytes.all());
        try {
            return configured == null
                    ? factory.createXMLStreamReader(limited)
                    : factory.createXMLStreamReader(limited, configured.name());
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
    }

    /** The next event; refuses DOCTYPEs with an internal subset and entity references on the way. */
    static int next(XMLStreamReader reader) throws FeedFormatException {
        try {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                checkDoctype(reader);
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw entities();
            }
            return event;
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
    }

    static boolean hasNext(XMLStreamReader reader) throws FeedFormatException {
        try {
            return reader.hasNext();
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
    }

    private static void checkDoctype(XMLStreamReader reader) throws FeedFormatException {
        if (reader.getText().contains("[")) {
            throw entities();
        }
    }

    private static FeedFormatException entities() {
        return new FeedFormatException(FeedText.of(Code.XML_DOCTYPE));
    }

    /**
     * Reads the element the reader stands on into memory, skipping children that are not wanted.
     * Afterwards the reader stands on the element's end tag.
     */
    static XmlElement collect(XMLStreamReader reader, Predicate<String> wantedChild) throws FeedFormatException {
        try {
            int[] chars = {0};
            return collect(reader, wantedChild, chars, reader.getLocation().getLineNumber(), 1);
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
    }

    private static XmlElement collect(XMLStreamReader reader, Predicate<String> wantedChild, int[] chars, long start,
            int depth) throws XMLStreamException, FeedFormatException {
        if (depth > MAX_DEPTH) {
            throw new FeedFormatException(FeedText.of(Code.XML_TOO_DEEP, start, MAX_DEPTH));
        }
        long line = reader.getLocation().getLineNumber();
        String name = reader.getLocalName();
        String prefix = reader.getPrefix();
        String qualified = prefix == null || prefix.isEmpty() ? name : prefix + ":" + name;
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            count(chars, reader.getAttributeValue(i).length(), start);
        }
        StringBuilder text = new StringBuilder();
        List<XmlElement> children = new ArrayList<>();
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (wantedChild.test(reader.getLocalName())) {
                        children.add(collect(reader, child -> true, chars, start, depth + 1));
                    } else {
                        skip(reader);
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    count(chars, reader.getTextLength(), start);
                    text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw entities();
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlElement(name, qualified, line, attributes, text.toString(), List.copyOf(children));
                }
                default -> {
                    // comments and processing instructions carry no data
                }
            }
        }
    }

    /** Skips the element the reader stands on, streaming, without keeping anything. */
    static void skipElement(XMLStreamReader reader) throws FeedFormatException {
        try {
            skip(reader);
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
    }

    private static void skip(XMLStreamReader reader) throws XMLStreamException, FeedFormatException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw entities();
            }
        }
    }

    private static void count(int[] chars, int more, long start) throws FeedFormatException {
        chars[0] += more;
        if (chars[0] > MAX_ELEMENT_CHARS) {
            throw new FeedFormatException(FeedText.of(Code.XML_ELEMENT_TOO_LONG, start, MAX_ELEMENT_CHARS));
        }
    }

    static FeedFormatException notWellFormed(XMLStreamException e) {
        // the JDK parser keeps a failed read (a limit, a damaged archive) as the "nested" exception
        if (e.getNestedException() instanceof IOException failedRead) {
            return FeedReadFailure.unreadable(failedRead);
        }
        String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        return new FeedFormatException(e.getLocation() == null ? FeedText.of(Code.XML_MALFORMED, message)
                : FeedText.of(Code.XML_MALFORMED_AT, e.getLocation().getLineNumber(), message), e);
    }

    static void close(XMLStreamReader reader) {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Closing an XML reader failed", e);
        }
    }

    /**
     * Fails when more than {@value #MAX_RUN_BYTES} bytes pass without a {@code <}: the parser would keep
     * such a run (one text node or one tag) in memory whole. Works on bytes, so it needs no knowledge of
     * the encoding: {@code <} is the byte 0x3C in every encoding a feed uses.
     */
    private static final class MarkupRunLimit extends FilterInputStream {

        private int run;

        MarkupRunLimit(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == '<') {
                    run = 0;
                } else if (++run > MAX_RUN_BYTES) {
                    throw new FeedReadFailure(FeedText.of(Code.XML_NO_MARKUP, MAX_RUN_BYTES));
                }
            }
            return n;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
