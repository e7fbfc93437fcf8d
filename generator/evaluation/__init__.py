"""`make eval`: our extractor against stock peers on data labelled by others.

Every set lives in ``../shared/eval-data`` (read in place, never copied) and is
split by `split.split` into a tune and a check half; each figure is reported for
both halves next to the stock peer measured in the same run. See eval/README.md.
"""
