package id.sisker.rule.check;

import id.sisker.model.DataPath;
import id.sisker.model.JabatanId;
import id.sisker.model.UnitId;
import id.sisker.source.NodePath;

/** Node paths of model entities, as the loader recorded them. */
final class Paths {

  private Paths() {}

  static NodePath jabatan(JabatanId id) {
    return new NodePath(DataPath.jabatan(id));
  }

  static NodePath unit(UnitId id) {
    return new NodePath(DataPath.unit(id));
  }

  static NodePath pegawai(String nip) {
    return new NodePath(DataPath.pegawai(nip));
  }
}
