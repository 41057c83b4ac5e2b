"""The detection algorithms, vectorised over many series: each takes a (series × periods)
count matrix and the first judged period and returns a :class:`Detection`. They are
registered as detectors in :mod:`healthplan.surveillance.detectors`; the stage exports them
from :mod:`healthplan.surveillance`."""
