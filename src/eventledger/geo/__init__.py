"""The bundled offline gazetteer: places, subdivisions, countries, airports and seas, in English, Russian and Ukrainian.

Built on first use from installed packages into one SQLite file (see docs/GAZETTEER.md); nothing downloads at run time.

    >>> gaz = Gazetteer.load()
    >>> [m.candidates[0].place.name for m in gaz.find("Drones hit Engels in Saratov Oblast.")]
    ['Engels', 'Saratov Oblast']
"""

from eventledger.geo.build import GazetteerBuildError, build, default_path, normalize
from eventledger.geo.gazetteer import Candidate, Gazetteer, GazetteerError, PlaceMatch

__all__ = [
    "Candidate", "Gazetteer", "GazetteerBuildError", "GazetteerError", "PlaceMatch", "build", "default_path", "normalize",
]
