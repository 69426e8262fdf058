package org.fullsms.session;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import org.fullsms.runtime.state.FitModel;

/**
 * A lifetime fit model as one JSON text, {@code {"parameters": …, "settings": …}}, written as the session's
 * {@code lifetimeSetup} writes them: the workbench keeps the fit dialog's last model in its preferences this way.
 */
public final class FitModelJson {

    private FitModelJson() {
    }

    public static String write(FitModel model) {
        StringWriter text = new StringWriter();
        try (JsonWriter out = new JsonWriter(text)) {
            LifetimeSetupCodec.writeModel(out, model);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return text.toString();
    }

    /**
     * @throws IOException when the text is not such a model (the message says what is wrong)
     */
    public static FitModel read(String json) throws IOException {
        try (JsonReader in = new JsonReader(new StringReader(json))) {
            return LifetimeSetupCodec.readModel(in);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
