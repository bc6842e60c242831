# hyoka_feature_folders(<sources-var> <includes-var> <folder>...): the .cpp and .h of
# each folder below the current source directory, and the folders themselves for the
# include path, so that a header is included by its name alone (docs/architecture.md,
# "Folder layout").
function(hyoka_feature_folders sources_var includes_var)
    set(sources)
    set(includes)
    foreach(folder IN LISTS ARGN)
        file(GLOB found CONFIGURE_DEPENDS
            ${CMAKE_CURRENT_SOURCE_DIR}/${folder}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/${folder}/*.h)
        list(APPEND sources ${found})
        list(APPEND includes ${CMAKE_CURRENT_SOURCE_DIR}/${folder})
    endforeach()
    set(${sources_var} ${sources} PARENT_SCOPE)
    set(${includes_var} ${includes} PARENT_SCOPE)
endfunction()
