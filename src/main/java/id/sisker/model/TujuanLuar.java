package id.sisker.model;

import java.util.Optional;

/** The receiving side of a lintas instansi assignment. */
public record TujuanLuar(String instansi, Optional<String> unit) {}
