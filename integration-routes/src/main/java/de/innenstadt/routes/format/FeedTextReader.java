// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.core.feed.FeedText;
import de.innenstadt.core.feed.FeedText.Code;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text feed character by character while counting lines, so that every error can name the
 * line the merchant has to look at. It refuses, with that line number, bytes that are not valid in
 * the encoding (rather than reading them as replacement characters into product titles) and lines
 * longer than the limit: a file without line breaks would otherwise be read into memory whole.
 */
final class FeedTextReader {

    /** A mebibyte of characters: no feed line comes near it, a file without line breaks exceeds it fast. */
    static final int DEFAULT_MAX_LINE_CHARS = 1024 * 1024;

    private final InputStream in;

    private final CharsetDecoder decoder;

    private final boolean charsetDetected;

    private final int maxLineChars;

    private final byte[] byteArray = new byte[16 * 1024];

    private final ByteBuffer bytes = ByteBuffer.wrap(byteArray).limit(0);

    private final CharBuffer chars = CharBuffer.allocate(16 * 1024).limit(0);

    private boolean endOfInput;

    private boolean flushed;

    private long line = 1;

    private int lineChars;

    private boolean afterCarriageReturn;

    FeedTextReader(InputStream in, Charset charset, boolean charsetDetected, int maxLineChars) {
        this.in = in;
        this.charsetDetected = charsetDetected;
        this.maxLineChars = maxLineChars;
        // Windows-1252 leaves five byte values undefined; they carry no meaning in a feed, so they are
        // replaced instead of failing a file that is otherwise readable.
        CodingErrorAction unmappable = charset.equals(FeedBytes.WINDOWS_1252)
                ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(unmappable);
    }

    /** Opens a text feed: refuses garbage, then reads in the given or detected encoding. */
    static FeedTextReader open(InputStream content, Charset configured) throws FeedFormatException {
        return open(content, configured, DEFAULT_MAX_LINE_CHARS);
    }

    static FeedTextReader open(InputStream content, Charset configured, int maxLineChars) throws FeedFormatException {
        FeedBytes bytes = FeedBytes.inspect(content);
        if (bytes.startsLikeXml()) {
            throw new FeedFormatException(FeedText.of(Code.XML_NOT_TABLE));
        }
        Charset charset = bytes.charset(configured);
        return new FeedTextReader(bytes.withoutBom(), charset, bytes.charsetDetected(configured), maxLineChars);
    }

    /** Reads a single line of text that is already in memory, e.g. a header line being split. */
    static FeedTextReader of(String text) {
        return new FeedTextReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, false, Integer.MAX_VALUE);
    }

    /** The line that the next character belongs to (1 = first line). */
    long line() {
        return line;
    }

    /** The next character, or -1 at the end of the text. */
    int read() throws FeedFormatException {
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        char c = chars.get();
        if (c == '\r') {
            line++;
            lineChars = 0;
            afterCarriageReturn = true;
        } else if (c == '\n') {
            if (!afterCarriageReturn) {
                line++;
                lineChars = 0;
            }
            afterCarriageReturn = false;
        } else {
            afterCarriageReturn = false;
            if (++lineChars > maxLineChars) {
                throw new FeedFormatException(FeedText.of(Code.LINE_TOO_LONG, line, maxLineChars));
            }
        }
        return c;
    }

    /** The rest of the current line without its line break, or {@code null} at the end of the text. */
    String readLine() throws FeedFormatException {
        StringBuilder text = new StringBuilder();
        int c = read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            text.append((char) c);
            c = read();
        }
        if (c == '\r') {
            skipLineFeedAfterCarriageReturn();
        }
        return text.toString();
    }

    private void skipLineFeedAfterCarriageReturn() throws FeedFormatException {
        if ((chars.hasRemaining() || fill()) && chars.get(chars.position()) == '\n') {
            read();
        }
    }

    private boolean fill() throws FeedFormatException {
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (flushed) {
                    break;
                }
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                if (result.isError()) {
                    if (chars.position() > 0) {
                        // deliver what decoded cleanly first, so the error is reported on its own line
                        break;
                    }
                    throw undecodable(result);
                }
                if (result.isOverflow()) {
                    break;
                }
                if (endOfInput) {
                    decoder.flush(chars);
                    flushed = true;
                    break;
                }
                if (chars.position() > 0) {
                    break;
                }
                readMoreBytes();
            }
        } catch (IOException e) {
            throw FeedReadFailure.unreadable(e);
        }
        chars.flip();
        return chars.hasRemaining();
    }

    private void readMoreBytes() throws IOException {
        bytes.compact();
        int n = in.read(byteArray, bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private FeedFormatException undecodable(CoderResult result) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < result.length() && bytes.position() + i < bytes.limit(); i++) {
            shown.append(String.format(" 0x%02X", byteArray[bytes.position() + i] & 0xff));
        }
        String charset = decoder.charset().name();
        return new FeedFormatException(FeedText.of(charsetDetected ? Code.LINE_ENCODING_DETECTED : Code.LINE_ENCODING, line,
                charset, shown.toString().strip()));
    }
}
