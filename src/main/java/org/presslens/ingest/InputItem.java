package org.presslens.ingest;

/** What a reader yields for each record of an input: a document to analyse, or a reason it was skipped. */
public sealed interface InputItem extends java.io.Serializable permits RawDocument, Skip {
    /** The input file, as given by the user (or as found under a given directory). */
    String source();

    /** Where in the source: {@code "line 12"}, {@code "record 3"}, or empty for a whole file. */
    String record();
}
