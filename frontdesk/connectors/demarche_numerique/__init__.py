"""Démarche Numérique (ex démarches-simplifiées): client, local simulator, form descriptors.

The platform has no API that submits a dossier: the desk creates a prefilled orphan draft whose link
the resident opens to sign in and submit. See DESIGN.md §7 and the reference notes for the facts.
"""
