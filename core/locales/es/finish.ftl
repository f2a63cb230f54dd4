### La pantalla final: lo que se hizo, cómo está el dolor y lo que se sigue de ello.
###
### El texto de origen es core/locales/en/finish.ftl; los términos fijos
### están en docs/glossary/es.md.

## La pantalla final.

# Su título, según cómo terminó la rutina.
finish-heading-stopped-for-pain = Paraste porque te dolía
finish-heading-stopped = Rutina detenida
finish-heading-all-skipped = Rutina terminada — se saltaron todos los ejercicios
finish-heading-complete = Bien hecho — rutina completa
# Bajo el título: «Zona lumbar · ejercicios hechos: 2 de 3 · 6:12».
finish-facts = { $routine } · { $count ->
        [one] ejercicio hecho: { $done } de 1
       *[other] ejercicios hechos: { $done } de { $count }
    } · { $length }
# Lo mismo cuando la persona paró porque le dolía; `$exercise` es el
# título del ejercicio.
finish-facts-stopped-in = { $routine } · { $count ->
        [one] ejercicio hecho: { $done } de 1
       *[other] ejercicios hechos: { $done } de { $count }
    } · { $length } · detenida en { $exercise }
# Un ejercicio hecho: «15 s × 3 cada pierna · Normal».
finish-exercise-done = { $hold } s × { $repetitions }{ $per_side } · { $intensity }
# Un ejercicio sin terminar: cuántas veces se mantuvo la posición.
finish-exercise-holds = Mantenido { $done } de { $planned } veces
# Después de cualquiera de los dos, cuando los lados difieren.
finish-exercise-sides = { $status } · izquierda { $left } de { $repetitions }, derecha { $right } de { $repetitions }
finish-pain-now = ¿Cuánto te duele ahora?
# La propuesta de cambiar las dosis y la de omitir el ejercicio, juntas
# (cada una es una frase ya escrita, sin punto final).
finish-offer-or-leave-out = { $offer }. { $alternative }
finish-keep-doses = Conservar mis dosis
# Después de Conservar mis dosis.
finish-doses-kept = Tus dosis se quedan como están.
finish-done = Listo

## La lista de teclas (?) de la pantalla final.

finish-key-pain = Tu dolor ahora
finish-key-accept = Aceptar el cambio propuesto
finish-key-leave-out = Omitir el ejercicio que dolió
finish-key-done = Listo: volver a Inicio
