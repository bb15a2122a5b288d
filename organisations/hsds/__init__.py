"""The directory in Open Referral's Human Services Data Specification (HSDS 3.1).

HSDS is the international standard for directories of human services: `api` publishes the public
directory in it, `validation` checks records against the vendored schemas (`spec/`).
"""
