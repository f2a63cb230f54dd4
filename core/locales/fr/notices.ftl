### Les messages : le bandeau de la fenêtre et les messages que les commandes écrivent sur stderr.
### La source est core/locales/en/notices.ftl ; les termes fixes sont
### dans docs/glossary/fr.md.

## The banner at the top of the window.

# The button that closes a notice.
notices-dismiss = Fermer
# Under the first four notices; `$count` is how many more there are.
notices-more = { $count ->
        [one] … et { $count } autre
       *[other] … et { $count } autres
    }
# Limber was started with `--routine` naming no routine; `$routine` is the
# name given, `$known` the routines' ids, separated by commas.
notices-no-such-routine = Il n'y a pas de programme « { $routine } ». Programmes connus : { $known }.
# A content file changed on disk while a routine plays.
notices-content-changed-during-routine = Le contenu a changé sur le disque. Ce programme continue tel qu'il a commencé ; le suivant tiendra compte du changement.
# The content folders cannot be watched; `$error` is the system's reason.
notices-content-not-watched = Les changements dans les dossiers de contenu ne sont pas pris en compte pendant que Limber fonctionne : { $error }
# Edit was asked for a routine that came with Limber or a pack; `$routine`
# is its id.
notices-routine-not-editable = « { $routine } » ne peut pas être modifié ici : seuls les programmes créés avec Nouveau programme peuvent l'être.
# Saving over a routine file that changed on disk; `$path` is where the
# old one is kept.
notices-routine-on-disk-kept = La version du programme qui était sur le disque est conservée dans { $path }.
# A routine of one's own was deleted; `$routine` is its title, `$path`
# where its file is kept.
notices-routine-deleted-kept = « { $routine } » a été supprimé. Son fichier est conservé dans { $path }.
# After the builder saved, another content file has a problem; `$problem`
# says which and where.
notices-content-problem = Un fichier de contenu a un problème (le reste est chargé) : { $problem }
# The builder cannot save without a data folder.
notices-no-content-folder = Les programmes sont enregistrés dans votre dossier de contenu, et Limber fonctionne sans (pas de dossier de données).
# A content file saved while Limber runs has an error, so the change is
# not used; `$problem` is the first (file, line, column and what), `$more`
# how many more there are. [0] comes before [one], which in French is
# also 0.
notices-content-change-not-loaded = Votre modification n'a pas été chargée ; le contenu reste tel qu'il était jusqu'à ce que ceci soit corrigé : { $problem }{ $more ->
        [0] {""}
        [one] {" "}(et { $more } autre problème)
       *[other] {" "}(et { $more } autres problèmes)
    }
# The profile store's thread ended (changes can no longer be written).
notices-store-stopped = l'enregistrement des profils s'est arrêté ; les modifications ne sont plus enregistrées
# An illustration that is not a picture file was asked for as one.
notices-not-an-image = ce n'est pas une image

## Why the window could not open (printed on stderr after "limber: ").

# `$reason` is the system's reason.
notices-store-not-started = impossible de démarrer l'enregistrement des profils : { $reason }
notices-no-window = impossible d'ouvrir une fenêtre : { $reason }
# When the system gives no reason.
notices-window-refused = le système de fenêtrage a refusé
notices-no-display = pas d'affichage : ni DISPLAY (X11) ni WAYLAND_DISPLAY (Wayland) n'est défini
