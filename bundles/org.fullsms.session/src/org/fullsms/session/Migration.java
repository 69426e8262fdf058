package org.fullsms.session;

import com.google.gson.JsonObject;

import org.fullsms.runtime.json.JsonContentException;

/**
 * One step of the schema history: turns a document of schema {@link #fromVersion()} into one of the next version.
 * Steps work on the parsed JSON tree, so a step only has to know two neighbouring layouts; {@link Migrations}
 * chains them from any stored version up to {@link SessionReader#CURRENT_VERSION}.
 */
interface Migration {

    /** The schema version this step reads; it writes {@code fromVersion() + 1}. */
    int fromVersion();

    /** What changed, for the notes shown after loading. */
    String description();

    /**
     * The document in the next schema. May change and return {@code doc}.
     *
     * @throws JsonContentException when the document does not have the layout of {@link #fromVersion()}
     */
    JsonObject apply(JsonObject doc) throws JsonContentException;
}
