package id.sisker.format;

/** The type of a field's value. */
public sealed interface Type permits ScalarSpec, ListSpec, ObjectRef {}
