package org.presslens.classify;

/** {@link JsonlTextRowSource} against the {@link RowSourceContract}. */
class JsonlTextRowSourceContractTest extends RowSourceContract {
    @Override
    RowSource source() {
        return new JsonlTextRowSource();
    }
}
