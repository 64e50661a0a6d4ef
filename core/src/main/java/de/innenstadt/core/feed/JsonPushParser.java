// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.feed.FeedText.Code;
import de.innenstadt.core.inventory.Money;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads the body of {@code POST /api/v1/stock}: {@code {"lines": [{"storeCode", "gtin" or "sku",
 * "quantity", "price"?}, ...]}}. It lives in core (not with the file parsers) because shop-web, which
 * receives the pushes, does not carry the integration routes, and a push spooled before a crash must
 * be readable by whichever instance resumes it. Line numbers count the entries of {@code lines} from 1.
 */
public final class JsonPushParser implements FeedParser {

    @Override
    public FeedFormat format() {
        return FeedFormat.JSON_PUSH;
    }

    @Override
    public void parse(InputStream content, FeedParseOptions options, FeedSink sink) throws FeedFormatException {
        try (JsonParser parser = Json.createParser(content)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new FeedFormatException(FeedText.of(Code.JSON_NOT_OBJECT));
            }
            boolean sawLines = false;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.KEY_NAME && "lines".equals(parser.getString())) {
                    if (parser.next() != JsonParser.Event.START_ARRAY) {
                        throw new FeedFormatException(FeedText.of(Code.JSON_LINES_NOT_ARRAY));
                    }
                    sawLines = true;
                    readLines(parser, options, sink);
                } else if (event == JsonParser.Event.START_OBJECT) {
                    parser.skipObject();
                } else if (event == JsonParser.Event.START_ARRAY) {
                    parser.skipArray();
                }
            }
            if (!sawLines) {
                throw new FeedFormatException(FeedText.of(Code.JSON_NO_LINES));
            }
        } catch (JsonParsingException e) {
            throw new FeedFormatException(FeedText.of(Code.JSON_INVALID_AT, e.getLocation().getLineNumber(),
                    e.getLocation().getColumnNumber()), e);
        } catch (JsonException e) {
            throw new FeedFormatException(FeedText.of(Code.JSON_INVALID), e);
        }
    }

    private static void readLines(JsonParser parser, FeedParseOptions options, FeedSink sink) throws FeedFormatException {
        long lineNumber = 0;
        while (parser.hasNext()) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_ARRAY) {
                return;
            }
            lineNumber++;
            if (event != JsonParser.Event.START_OBJECT) {
                sink.reject(new FeedProblem(lineNumber, null, null, FeedText.of(Code.JSON_LINE_NOT_OBJECT)));
                if (event == JsonParser.Event.START_ARRAY) {
                    parser.skipArray();
                }
                continue;
            }
            readLine(lineNumber, parser.getObject(), options, sink);
        }
        throw new FeedFormatException(FeedText.of(Code.JSON_LINES_NOT_CLOSED));
    }

    private static void readLine(long lineNumber, JsonObject line, FeedParseOptions options, FeedSink sink) {
        String storeCode = text(line.get("storeCode"));
        String gtin = text(line.get("gtin"));
        String sku = text(line.get("sku"));
        if (storeCode == null) {
            sink.reject(new FeedProblem(lineNumber, "storeCode", null, FeedText.of(Code.STORE_CODE_MISSING)));
            return;
        }
        if (gtin == null && sku == null) {
            sink.reject(new FeedProblem(lineNumber, "gtin", null, FeedText.of(Code.NO_GTIN_NOR_SKU)));
            return;
        }
        Optional<FeedText> gtinProblem = gtin == null ? Optional.empty() : FeedText.gtinProblem(gtin);
        if (gtinProblem.isPresent()) {
            sink.reject(new FeedProblem(lineNumber, "gtin", gtin, gtinProblem.get()));
            return;
        }
        if (sku != null && sku.length() > 64) {
            sink.reject(new FeedProblem(lineNumber, "sku", sku, FeedText.of(Code.JSON_SKU_TOO_LONG)));
            return;
        }
        JsonValue quantityValue = line.get("quantity");
        Integer quantity = null;
        if (quantityValue != null && quantityValue.getValueType() != JsonValue.ValueType.NULL) {
            if (!(quantityValue instanceof JsonNumber number) || !number.isIntegral()
                    || number.bigDecimalValue().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                sink.reject(new FeedProblem(lineNumber, "quantity", quantityValue.toString(), FeedText.of(Code.QUANTITY_NOT_WHOLE)));
                return;
            }
            if (number.intValue() < 0) {
                sink.reject(new FeedProblem(lineNumber, "quantity", quantityValue.toString(), FeedText.of(Code.QUANTITY_NEGATIVE)));
                return;
            }
            quantity = number.intValue();
        }
        Money price = null;
        JsonValue priceValue = line.get("price");
        if (priceValue != null && priceValue.getValueType() != JsonValue.ValueType.NULL) {
            price = price(priceValue, options.currency());
            if (price == null) {
                sink.reject(new FeedProblem(lineNumber, "price", priceValue.toString(),
                        FeedText.of(Code.JSON_PRICE)));
                return;
            }
        }
        if (quantity == null && price == null) {
            sink.reject(new FeedProblem(lineNumber, "quantity", null, FeedText.of(Code.JSON_NOTHING_TO_APPLY)));
            return;
        }
        sink.accept(new FeedLine(lineNumber, storeCode, gtin, sku, quantity, price, null));
    }

    private static Money price(JsonValue value, String currency) {
        try {
            BigDecimal amount = value instanceof JsonNumber number ? number.bigDecimalValue()
                    : value instanceof JsonString string ? new BigDecimal(string.getString().strip()) : null;
            if (amount == null || amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
                return null;
            }
            return new Money(amount.movePointRight(2).longValueExact(), currency);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString string && !string.getString().isBlank()) {
            return string.getString().strip();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        return null;
    }
}
