/**
 * Immutable records of a daerah as the regulations name it: perangkat daerah, unit, jabatan,
 * pegawai, tim kerja, penugasan, and the enumerations of jenis jabatan, jenjang and lingkup.
 * Imports nothing but the JDK.
 */
package id.sisker.model;
