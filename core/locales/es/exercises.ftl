### Todos los ejercicios: el explorador de ejercicios.
###
### El texto de origen es core/locales/en/exercises.ftl; los términos fijos
### están en docs/glossary/es.md.

## El explorador de ejercicios (Inicio → Ver todos los ejercicios).

exercises-none = No hay ningún ejercicio cargado.
# Bajo el título de un ejercicio: lo que sugiere. `$each` es «cada
# pierna», «cada brazo» o «cada lado», ya escrito.
exercises-dose = Mantén { $hold_low }–{ $hold_high } s · { $reps_low }–{ $reps_high } repeticiones{ $sides ->
        [alternate] , { $each }, alternando
        [in-turn] , { $each }, primero un lado y luego el otro
       *[none] {""}
    }
# Un consejo del ejercicio; `$tip` es el texto del contenido.
exercises-tip = Consejo: { $tip }
# Un paso: «2. Levanta la rodilla».
exercises-step = { $number }. { $step }
# La precaución de un paso, tras un signo de advertencia.
exercises-caution = ⚠  { $caution }
# El título de una de las versiones del ejercicio.
exercises-variation = Versión: { $variation }

## La lista de teclas (?) del explorador.

exercises-key-step = El ejercicio anterior o el siguiente
